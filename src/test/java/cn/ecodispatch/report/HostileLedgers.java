package cn.ecodispatch.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Ledger files no real user would send, built in memory within a second. */
final class HostileLedgers {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private HostileLedgers() {
    }

    /** A workbook built with POI, with the ledger's sheet names or others. */
    static byte[] workbook(Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A valid .xlsx whose sheet 工作任务 inflates to about the given number of megabytes of cells, compressed
     * just enough to pass POI's default 1:100 inflate-ratio check. One megabyte of cells is compressed once and its
     * deflate blocks repeated, which is still a valid deflate stream.
     */
    static byte[] zipBomb(int inflatedMegabytes) throws IOException {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\">").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        byte[] megabyte = cellsWithSomeNoise();
        byte[] deflatedHead = deflate(head, false);
        byte[] deflatedMegabyte = deflate(megabyte, false);
        byte[] deflatedTail = deflate(tail, true);

        CRC32 crc = new CRC32();
        List<InputStream> raw = new ArrayList<>();
        crc.update(head);
        raw.add(new ByteArrayInputStream(deflatedHead));
        for (int i = 0; i < inflatedMegabytes; i++) {
            crc.update(megabyte);
            raw.add(new ByteArrayInputStream(deflatedMegabyte));
        }
        crc.update(tail);
        raw.add(new ByteArrayInputStream(deflatedTail));

        ZipArchiveEntry sheet = new ZipArchiveEntry("xl/worksheets/sheet1.xml");
        sheet.setMethod(ZipArchiveEntry.DEFLATED);
        sheet.setSize(head.length + (long) megabyte.length * inflatedMegabytes + tail.length);
        sheet.setCompressedSize(deflatedHead.length + (long) deflatedMegabyte.length * inflatedMegabytes
                + deflatedTail.length);
        sheet.setCrc(crc.getValue());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                    + OFFICE_RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE_RELATIONSHIPS + "\">"
                    + "<sheets><sheet name=\"工作任务\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship "
                    + "Id=\"rId1\" Type=\"" + OFFICE_RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.addRawArchiveEntry(sheet, new SequenceInputStream(Collections.enumeration(raw)));
        }
        return out.toByteArray();
    }

    /** 1 MB of one-digit cells, every fourth or so digit random: compresses to about 2 %, not the 0.1 % of zeros. */
    private static byte[] cellsWithSomeNoise() {
        byte[] cell = "<c><v>0</v></c>".getBytes(StandardCharsets.UTF_8);
        int cells = 65_536;
        byte[] megabyte = new byte[cell.length * cells];
        for (int i = 0; i < cells; i++) {
            System.arraycopy(cell, 0, megabyte, i * cell.length, cell.length);
        }
        Random random = new Random(7);
        for (int k = 0; k < 16_000; k++) {
            megabyte[cell.length * random.nextInt(cells) + "<c><v>".length()] = (byte) ('1' + random.nextInt(9));
        }
        return megabyte;
    }

    /** Raw deflate blocks; all but the last end on a byte boundary (sync flush) so that they can be strung together. */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        if (last) {
            deflater.finish();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (last ? !deflater.finished() : n == buffer.length);
        deflater.end();
        return out.toByteArray();
    }

    private static void part(ZipArchiveOutputStream zip, String name, String xml) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }
}
