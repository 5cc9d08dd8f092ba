import ExcelJS from 'exceljs';

/** The first sheet of an exported workbook, as the text of each cell, row by row. */
export async function sheetRows(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text));
  });
  return rows;
}
