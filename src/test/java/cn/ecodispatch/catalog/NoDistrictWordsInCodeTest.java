package cn.ecodispatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shipped district's words live in its plan folder only (plan.yaml's {@code district:}, the units' names), so
 * that another folder brings another district. Scanned: the Java code, the project's pages, the web apps' files
 * (config.js templates, scripts, translations), labels.properties, the forms and the processes. Not scanned: the plan
 * folders themselves and the database migrations (history). Comments may name the shipped district as an example.
 */
class NoDistrictWordsInCodeTest {

    private static final List<String> SHIPPED_DISTRICT_WORDS = List.of("陕州", "区创建办", "区直", "三门峡", "陕创办", "陕组问");
    private static final List<Path> SCANNED = List.of(Path.of("src/main/java"), Path.of("src/main/resources/static"),
            Path.of("src/main/resources/webapp-config"), Path.of("src/main/resources/META-INF/resources"),
            Path.of("src/main/resources/labels.properties"), Path.of("forms"), Path.of("processes"));
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)//.*$");
    private static final Pattern PROPERTIES_COMMENT = Pattern.compile("(?m)^\\s*#.*$");

    @Test
    void no_word_of_the_shipped_district_outside_its_plan_folder_and_comments() {
        List<String> found = SCANNED.stream().flatMap(NoDistrictWordsInCodeTest::files)
                .flatMap(file -> SHIPPED_DISTRICT_WORDS.stream().filter(withoutComments(file)::contains)
                        .map(word -> file + "：" + word))
                .toList();

        assertThat(found).as("请把本区的称谓写进方案的 plan.yaml（district:），由 DistrictWords 取用").isEmpty();
        assertThat(SCANNED).allMatch(Files::exists);
    }

    private static Stream<Path> files(Path root) {
        try {
            return Files.walk(root).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutComments(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String code = BLOCK_COMMENT.matcher(text).replaceAll("");
        return (file.toString().endsWith(".properties") ? PROPERTIES_COMMENT : LINE_COMMENT).matcher(code).replaceAll("");
    }
}
