import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { CHART, ChartFrame, type ChartText, r1 } from "./frame.tsx";

/** One point of a series: x is usually a year. */
export interface Point {
  x: number;
  y: number;
}

export interface LineChartProps extends ChartText {
  points: Point[];
  /** Formats an x value (a year) and a y value in the reader's locale. */
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  width?: number;
  height?: number;
}

const M = { top: 12, right: 16, bottom: 28, left: 96 };

/**
 * A line chart of one series as inline SVG, drawn on the server with d3-scale and d3-shape:
 * the line, a dot per point, and the first/last x and min/max y as axis labels.
 */
export function LineChart({
  id,
  title,
  desc,
  points,
  formatX,
  formatY,
  width = 640,
  height = 240,
}: LineChartProps) {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const xs = sorted.map((p) => p.x);
  const ys = sorted.map((p) => p.y);
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const yMin = Math.min(0, ...ys);
  const yMax = Math.max(...ys);
  const x = scaleLinear()
    .domain([xMin, xMax === xMin ? xMin + 1 : xMax])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([yMin, yMax === yMin ? yMin + 1 : yMax])
    .range([height - M.bottom, M.top]);
  const d =
    line<Point>()
      .x((p) => r1(x(p.x)))
      .y((p) => r1(y(p.y)))(sorted) ?? "";
  const base = r1(y(yMin));
  return (
    <ChartFrame text={{ id, title, desc }} width={width} height={height}>
      <line x1={M.left} x2={width - M.right} y1={base} y2={base} stroke={CHART.line} />
      <line x1={M.left} x2={M.left} y1={M.top} y2={base} stroke={CHART.line} />
      <text x={M.left - 6} y={r1(y(yMax))} text-anchor="end" dominant-baseline="middle">
        {formatY(yMax)}
      </text>
      <text x={M.left - 6} y={base} text-anchor="end" dominant-baseline="middle">
        {formatY(yMin)}
      </text>
      <text x={M.left} y={height - 8} fill={CHART.muted}>
        {formatX(xMin)}
      </text>
      <text x={width - M.right} y={height - 8} text-anchor="end" fill={CHART.muted}>
        {formatX(xMax)}
      </text>
      <path d={d} fill="none" stroke={CHART.accent} stroke-width={2} />
      {sorted.map((p) => (
        <circle key={p.x} cx={r1(x(p.x))} cy={r1(y(p.y))} r={3} fill={CHART.accent} />
      ))}
    </ChartFrame>
  );
}
