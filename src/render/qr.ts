// QR codes for printed links, drawn as SVG by a library on this machine: no network, same bytes each time.
import QRCode from 'qrcode';

/** The code as an SVG image named by `label` ("QR code that opens …", in the output's language). */
export function qrSvg(url: string, label: string): string {
  let svg = '';
  // toString with a callback runs synchronously for SVG output.
  QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }, (error, result) => {
    if (error) throw error;
    svg = result;
  });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="qr" `);
}
