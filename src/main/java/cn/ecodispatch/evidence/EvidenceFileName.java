package cn.ecodispatch.evidence;

import java.text.Normalizer;

import cn.ecodispatch.shared.InvalidInputException;

/**
 * The name an uploaded file is kept under: the last segment of whatever path the browser sent, without control
 * characters (NUL among them, which PostgreSQL refuses) or invisible formatting characters (such as the
 * right-to-left override that makes "exe.png" look like "gnp.exe"), in Unicode normal form C.
 */
final class EvidenceFileName {

    static final int MAX_LENGTH = 255;

    private EvidenceFileName() {
    }

    static String of(String submitted) {
        String visible = submitted == null ? "" : submitted.codePoints().filter(c -> !isInvisible(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String normalised = Normalizer.normalize(visible, Normalizer.Form.NFC);
        String name = normalised.substring(Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("file", "文件名为空，请选择要上传的文件");
        }
        if (name.length() > MAX_LENGTH) {
            throw new InvalidInputException("file", "文件名过长，最多 " + MAX_LENGTH + " 个字符");
        }
        return name;
    }

    private static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
