import { scaleBand, scaleLinear } from "d3-scale";
import { CHART, ChartFrame, type ChartText, clip, r1 } from "./frame.tsx";

/** One bar: its label, its value, and the value as the reader's locale writes it. */
export interface Bar {
  label: string;
  value: number;
  valueText: string;
}

export interface BarChartProps extends ChartText {
  bars: Bar[];
  /** Width of the drawing in user units (it scales down on small screens). */
  width?: number;
}

const ROW = 30;
const PAD = 6;
const LABEL_W = 190;
const VALUE_W = 120;

/**
 * A horizontal bar chart as inline SVG, drawn on the server with d3-scale: one row per bar,
 * its label on the left and its formatted value after the bar. Negative values extend left of zero.
 */
export function BarChart({ id, title, desc, bars, width = 640 }: BarChartProps) {
  const height = PAD * 2 + ROW * Math.max(1, bars.length);
  const y = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range([PAD, height - PAD])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const values = bars.map((b) => b.value);
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .range([LABEL_W, width - VALUE_W]);
  if (values.every((v) => v === 0)) x.domain([0, 1]);
  const zero = r1(x(0));
  return (
    <ChartFrame text={{ id, title, desc }} width={width} height={height}>
      <line x1={zero} x2={zero} y1={PAD} y2={height - PAD} stroke={CHART.line} />
      {bars.map((b, i) => {
        const top = y(i) ?? 0;
        const mid = r1(top + y.bandwidth() / 2);
        const end = x(b.value);
        return (
          <g key={i}>
            <text x={LABEL_W - 8} y={mid} text-anchor="end" dominant-baseline="middle">
              {clip(b.label, 26)}
            </text>
            <rect
              x={r1(Math.min(end, zero))}
              y={r1(top)}
              width={r1(Math.max(1, Math.abs(end - zero)))}
              height={r1(y.bandwidth())}
              fill={CHART.accent}
            />
            <text x={r1(Math.max(end, zero) + 6)} y={mid} dominant-baseline="middle">
              {b.valueText}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
