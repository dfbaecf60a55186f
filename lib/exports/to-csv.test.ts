import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/exports/to-csv";

const BOM = "\uFEFF";

/** The CSV without its BOM, one string per line. */
function lines(csv: string) {
  expect(csv.startsWith(BOM)).toBe(true);
  return csv.slice(1).split("\r\n");
}

/** A small RFC 4180 reader, to prove that what we write reads back as the same cells. */
function parse(csv: string): string[][] {
  const text = csv.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return rows;
}

describe("toCsv", () => {
  it("starts with a UTF-8 byte order mark and ends every row with CRLF", () => {
    const csv = toCsv([["a", "b"], ["c", "d"]]);
    expect(csv).toBe(`${BOM}a,b\r\nc,d\r\n`);
  });

  it("gives an empty file (just the BOM) for no rows", () => {
    expect(toCsv([])).toBe(BOM);
  });

  it("keeps Dutch and other non-ASCII characters as they are", () => {
    expect(lines(toCsv([["Coöperatie Één", "Ünal Özdemir", "café ✓"]]))[0]).toBe("Coöperatie Één,Ünal Özdemir,café ✓");
  });

  it("quotes cells with commas", () => {
    expect(lines(toCsv([["Water, land and air", "x"]]))[0]).toBe('"Water, land and air",x');
  });

  it("doubles quotes inside a quoted cell", () => {
    expect(lines(toCsv([['She said "yes"']]))[0]).toBe('"She said ""yes"""');
  });

  it("quotes cells with line breaks and keeps the line breaks", () => {
    const csv = toCsv([["line one\nline two", "a\r\nb", "c\rd"]]);
    expect(csv).toBe(`${BOM}"line one\nline two","a\r\nb","c\rd"\r\n`);
    expect(parse(csv)).toEqual([["line one\nline two", "a\r\nb", "c\rd"]]);
  });

  it("quotes cells with leading or trailing spaces so that they are kept", () => {
    expect(lines(toCsv([[" padded ", "plain"]]))[0]).toBe('" padded ",plain');
  });

  it("writes empty, null and undefined cells as nothing", () => {
    expect(lines(toCsv([["", null, undefined, "x"]]))[0]).toBe(",,,x");
  });

  it("writes numbers and booleans as they are, negative numbers included", () => {
    expect(lines(toCsv([[3, -2, 0.5, true, false]]))[0]).toBe("3,-2,0.5,true,false");
  });

  describe("formula injection", () => {
    it.each([
      ["=1+1", "'=1+1"],
      ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
      ["+31 6 1234", "'+31 6 1234"],
      ["-2+3", "'-2+3"],
      ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
      ["\t=1+1", "'\t=1+1"],
      ["\r=1+1", "\"'\r=1+1\""],
      ["＝1+1", "'＝1+1"],
    ])("neutralises %j", (cell, written) => {
      expect(lines(toCsv([[cell]]))[0]).toBe(written);
    });

    it("reads back as the original text behind an apostrophe", () => {
      const cells = ["=cmd|' /C calc'!A0", "-", "@", "+", "=a,b", '=x"y'];
      const [row] = parse(toCsv([cells]));
      expect(row).toEqual(cells.map((cell) => `'${cell}`));
    });

    it("leaves cells that only contain those characters later on alone", () => {
      expect(lines(toCsv([["a=b", "1+1", "name@example.org", "x-y"]]))[0]).toBe("a=b,1+1,name@example.org,x-y");
    });

    it("also protects headers, not only data", () => {
      expect(lines(toCsv([["=Need", "Anna"], ["x", "y"]]))[0]).toBe("'=Need,Anna");
    });
  });

  it("round-trips a mixed table", () => {
    const rows = [
      ["Need", "Anna de Vries", "Bram \"B\" Jansen"],
      ["Funding, long term", "yes", ""],
      ["Local knowledge\nof the river", "", "Knows every dike"],
    ];
    expect(parse(toCsv(rows))).toEqual(rows);
  });
});
