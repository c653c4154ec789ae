import type { ComponentChildren } from "preact";

/** Props every chart shares: an id for its title/description, the words a screen reader hears. */
export interface ChartText {
  /** A document-unique id prefix, e.g. `chart-women-without-mobile-internet`. */
  id: string;
  /** The chart's accessible name (its `<title>`). */
  title: string;
  /** A text equivalent of what the chart shows (its `<desc>`). */
  desc: string;
}

/** Colours and type, as plain presentation attributes (the CSP forbids style attributes). */
export const CHART = {
  font: "system-ui, sans-serif",
  fontSize: 13,
  ink: "#1d1d1f",
  muted: "#555",
  line: "#d8d8de",
  accent: "#005a9c",
} as const;

/**
 * The outer `<svg role="img">` with its `<title>` and `<desc>`; scales with its container
 * through the viewBox.
 */
export function ChartFrame({
  text,
  width,
  height,
  children,
}: {
  text: ChartText;
  width: number;
  height: number;
  children: ComponentChildren;
}) {
  const titleId = `${text.id}-t`;
  const descId = `${text.id}-d`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      font-family={CHART.font}
      font-size={CHART.fontSize}
      fill={CHART.ink}
    >
      <title id={titleId}>{text.title}</title>
      <desc id={descId}>{text.desc}</desc>
      {children}
    </svg>
  );
}

/** Shortens a label to `max` characters with an ellipsis (the full text stays in the table and `<desc>`). */
export function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** Rounds a coordinate to one decimal, keeping the markup short. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}
