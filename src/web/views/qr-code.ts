import QRCode from "qrcode";

/** An SVG QR code of a link, drawn on the server so the page needs no script to show it. */
export async function qrCodeSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
}
