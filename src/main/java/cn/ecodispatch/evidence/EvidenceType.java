package cn.ecodispatch.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.poi.poifs.filesystem.FileMagic;

/** The kinds of evidence file taken, each known by its extension and recognised again from its first bytes. */
enum EvidenceType {

    // POI's FileMagic.JPEG knows only some first segments (JFIF, Exif, ...) and would refuse real photos that
    // begin otherwise, e.g. with an ICC profile; every JPEG begins with the start-of-image marker FF D8 FF.
    JPEG("image/jpeg", content -> content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
            && (content[2] & 0xFF) == 0xFF, "JPEG", "jpg", "jpeg"),
    PNG("image/png", is(FileMagic.PNG), "PNG", "png"),
    PDF("application/pdf", is(FileMagic.PDF), "PDF", "pdf"),
    XLS("application/vnd.ms-excel", is(FileMagic.OLE2), "Excel 97-2003（.xls）", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", is(FileMagic.OOXML), "Excel（.xlsx）",
            "xlsx");

    static final String ALLOWED = "jpg、png、pdf、xls、xlsx";

    private final String contentType;
    private final Predicate<byte[]> recognises;
    private final String label;
    private final String[] extensions;

    EvidenceType(String contentType, Predicate<byte[]> recognises, String label, String... extensions) {
        this.contentType = contentType;
        this.recognises = recognises;
        this.label = label;
        this.extensions = extensions;
    }

    static Optional<EvidenceType> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(extension)).findFirst();
    }

    boolean isContentOf(byte[] content) {
        return recognises.test(content);
    }

    private static Predicate<byte[]> is(FileMagic magic) {
        return content -> FileMagic.valueOf(content) == magic;
    }

    String contentType() {
        return contentType;
    }

    String label() {
        return label;
    }
}
