import QRCode from "qrcode";

declare const trusted: unique symbol;
/** SVG markup produced by the qrcode library from a URI; the only raw markup this feature ever emits. */
export type QrSvg = string & { readonly [trusted]: true };

/**
 * Renders a URI as a QR code in SVG, on the server. The markup comes from the qrcode library alone (the URI
 * is only encoded into modules, never copied into the markup); it is checked to be a bare <svg> of paths.
 */
export async function qrSvg(uri: string): Promise<QrSvg> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2, width: 240 });
  if (!/^<svg [^>]*>(<path [^>]*\/>)+<\/svg>\s*$/.test(svg) || /<script|on\w+=|javascript:/i.test(svg)) {
    throw new Error("unexpected QR code markup");
  }
  return svg.trim() as QrSvg;
}

/** Places a QR code's SVG in the page, with a text alternative. Accepts only what qrSvg produced. */
export function QrCode({ svg, label }: { svg: QrSvg; label: string }) {
  // The only raw markup: the qrcode library's own output, checked in qrSvg (never user input).
  return <div class="qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
