import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { ImportFileError } from './errors';
import { inspectUpload, readRecords, type SourceRecord } from './read-rows';
import { sniffSource } from './source';

const opener = (bytes: Buffer) => () => Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]);

async function all(bytes: Buffer): Promise<SourceRecord[]> {
  const open = opener(bytes);
  const out: SourceRecord[] = [];
  for await (const r of readRecords(open, await inspectUpload(open))) out.push(r);
  return out;
}

describe('sniffing the uploaded file', () => {
  it('recognises UTF-8 with and without BOM, Windows-1252, and the separator', () => {
    expect(sniffSource(Buffer.from('\ufeffnom;prénom\nDupré;Hélène\n'))).toEqual({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(sniffSource(Buffer.from('nom,prénom\nDupré,Hélène\n'))).toEqual({ format: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(sniffSource(iconv.encode('nom;prénom\nDupré;Hélène\n', 'windows-1252'))).toEqual({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    // A comma inside a quoted header does not count.
    expect(sniffSource(Buffer.from('"nom, usage";prénom;ddn\n'))).toMatchObject({ delimiter: ';' });
  });

  it('refuses binary garbage, an empty file and a file with one column with a French message', () => {
    expect(() => sniffSource(Buffer.from([0x00, 0x13, 0xff, 0x42, 0x00, 0x01]))).toThrow(/ni un CSV ni un classeur XLSX lisible/);
    expect(() => sniffSource(Buffer.alloc(0))).toThrow(ImportFileError);
    expect(() => sniffSource(Buffer.from('nom\nDupré\nMartin\n'))).toThrow("Le fichier n'a qu'une colonne");
  });
});

describe('reading records', () => {
  it('reads Windows-1252 with quoted separators and line breaks, numbering lines as the file does', async () => {
    const text = 'nom;prénom;adresse\r\nDupré;Hélène;"3 rue de l\'Église; bât. B"\r\n;;\r\n"Nguyễn";"Thị ""Lan""";"ligne 1\r\nligne 2"\r\nØstergård;Søren;x\r\n';
    const records = await all(iconv.encode(text.replace('Nguyễn', 'Nguyen').replace('Thị', 'Thi'), 'windows-1252'));
    expect(records.map((r) => r.cells)).toEqual([
      ['nom', 'prénom', 'adresse'],
      ['Dupré', 'Hélène', "3 rue de l'Église; bât. B"],
      ['Nguyen', 'Thi "Lan"', 'ligne 1\r\nligne 2'],
      ['Østergård', 'Søren', 'x'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 6]);
  });

  it('keeps every script in UTF-8 and strips the BOM from the first header', async () => {
    const records = await all(Buffer.from('\ufeffnom,prenom\nΠαπαδόπουλος,Γιώργος\n王,小明\nعلي,محمد\n'));
    expect(records.map((r) => r.cells)).toEqual([['nom', 'prenom'], ['Παπαδόπουλος', 'Γιώργος'], ['王', '小明'], ['علي', 'محمد']]);
  });

  it('reads an XLSX sheet as a stream: dates as dates, formulas as their shown result, never evaluated', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Locataires');
    ws.addRow(['nom', 'prénom', 'date de naissance', 'loyer']);
    ws.addRow(['Dupré', 'Hélène', new Date(Date.UTC(1980, 2, 14)), 420.5]);
    ws.addRow([{ formula: 'HYPERLINK("http://x","clic")', result: 'clic' }, 'Jo', '14/03/1980', null]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const records = await all(bytes);
    expect(records).toEqual([
      { line: 1, cells: ['nom', 'prénom', 'date de naissance', 'loyer'] },
      { line: 2, cells: ['Dupré', 'Hélène', '1980-03-14', '420.5'] },
      // Empty trailing cells (not stored in the sheet) are read as empty, not as a short row.
      { line: 3, cells: ['clic', 'Jo', '14/03/1980', ''] },
    ]);
  });

  it('reports a record it cannot parse (unclosed quote) instead of stopping', async () => {
    const records = await all(Buffer.from('nom;prenom\nDupré;Hélène\n"Martin;Paul\n'));
    expect(records[1]).toEqual({ line: 2, cells: ['Dupré', 'Hélène'] });
    expect(records).toHaveLength(3);
    expect(records[2]).toMatchObject({ unreadable: expect.stringContaining('guillemet non fermé') });
  });
});
