import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { InvoiceDetail } from './invoices.ts';

// DejaVu Sans covers Latin Extended, Greek and Cyrillic, so names such as "Łódź" print correctly (the
// PDF standard fonts would print wrong glyphs silently).
const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans.ttf')),
    bold: fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

const money = (amount: number) => `$${amount.toFixed(2)}`;
const day = (iso: string) => iso.slice(0, 10);

/** One A4 page: seller, customer, the line, totals and status. */
export function renderInvoicePdf(invoice: InvoiceDetail): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Invoice ${invoice.number}`, Author: 'HostingCo' } });
  doc.registerFont('body', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(22).text('HostingCo', { continued: false });
  doc.font('body').fontSize(10).fillColor('#475569').text('Hosting that keeps your business online');
  doc.moveDown(1.5);

  doc.fillColor('#0f172a').font('bold').fontSize(16).text(`Invoice ${invoice.number}`);
  doc.font('body').fontSize(10).moveDown(0.5);
  doc.text(`Issued: ${day(invoice.issuedAt)}`);
  doc.text(`Due: ${day(invoice.dueDate)}`);
  doc.text(`Status: ${invoice.status}${invoice.paidAt ? ` (paid ${day(invoice.paidAt)})` : ''}`);
  doc.moveDown(1);

  doc.font('bold').text('Bill to');
  doc.font('body').text(invoice.customer.name);
  if (invoice.customer.company) doc.text(invoice.customer.company);
  doc.text(invoice.customer.email);
  doc.moveDown(1.5);

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.y;
  doc.font('bold').text('Description', left, top, { width: width - 120 });
  doc.text('Amount', left + width - 120, top, { width: 120, align: 'right' });
  doc.moveTo(left, doc.y + 4).lineTo(left + width, doc.y + 4).strokeColor('#cbd5e1').stroke();
  doc.moveDown(0.8);
  const rowTop = doc.y;
  const description = invoice.server ? `${invoice.description}\n${invoice.server.name} (${invoice.server.hostname})` : invoice.description;
  doc.font('body').text(description, left, rowTop, { width: width - 120 });
  const afterDescription = doc.y;
  doc.text(money(invoice.amount), left + width - 120, rowTop, { width: 120, align: 'right' });
  doc.y = Math.max(afterDescription, doc.y) + 8;
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).strokeColor('#cbd5e1').stroke();
  doc.moveDown(0.8);
  doc.font('bold').text(`Total due: ${money(invoice.status === 'paid' || invoice.status === 'cancelled' ? 0 : invoice.amount)}`, left, doc.y, {
    width,
    align: 'right',
  });
  doc.font('body').text(`Invoice total: ${money(invoice.amount)}`, { width, align: 'right' });

  doc.end();
  return done;
}
