import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart.tsx";
import { LineChart } from "./line-chart.tsx";

describe("server-drawn charts", () => {
  it("draws one labelled bar per value, negative values left of zero, as an accessible image", () => {
    const svg = renderToString(
      <BarChart
        id="c1"
        title="Share of women"
        desc="KZ 30 %, KG −5 %"
        bars={[
          { label: "Kazakhstan", value: 30, valueText: "30" },
          { label: "A region with a very long name that goes on and on", value: -5, valueText: "−5" },
        ]}
      />,
    );
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="c1-t c1-d"/);
    expect(svg).toContain('<title id="c1-t">Share of women</title>');
    expect(svg).toContain('<desc id="c1-d">KZ 30 %, KG −5 %</desc>');
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain(">Kazakhstan</text>");
    expect(svg).toContain("A region with a very long…");
    expect(svg).not.toMatch(/style=|<script|NaN/);
    const xs = [...svg.matchAll(/<rect x="([\d.]+)"[^>]*width="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const [pos, neg] = xs;
    expect(neg?.[0]).toBeLessThan(pos?.[0] ?? 0);
  });

  it("copes with all-zero values and a single bar", () => {
    const svg = renderToString(
      <BarChart id="z" title="t" desc="d" bars={[{ label: "X", value: 0, valueText: "0" }]} />,
    );
    expect(svg).not.toContain("NaN");
  });

  it("draws a line through a yearly series with d3-shape", () => {
    const svg = renderToString(
      <LineChart
        id="l1"
        title="Trend"
        desc="2020: 1; 2021: 3; 2022: 2"
        points={[
          { x: 2021, y: 3 },
          { x: 2020, y: 1 },
          { x: 2022, y: 2 },
        ]}
        formatX={String}
        formatY={(y) => `${y} u`}
      />,
    );
    expect(svg).toContain('<title id="l1-t">Trend</title>');
    expect(svg).toMatch(/<path d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+"/);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain(">2020</text>");
    expect(svg).toContain(">2022</text>");
    expect(svg).toContain(">3 u</text>");
    expect(svg).not.toMatch(/style=|NaN/);
  });
});
