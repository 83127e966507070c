package cn.ecodispatch.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.ecodispatch.catalog.DistrictWords;

/**
 * The configuration of Tasklist, Cockpit, Admin and the welcome page ({@code app/<app>/scripts/config.js}, which
 * they load before and after sign-in), in the district's words: the entries of {@code webapp-config/common.js}
 * and, where an app has more, of {@code webapp-config/<app>.js}, with each {@code {{key}}} replaced by the word of
 * that key in plan.yaml's {@code district:}. Written once at start; a key the plan does not have stops the start.
 */
@RestController
class WebappConfigController {

    private static final String TEMPLATES = "webapp-config/";
    private static final List<String> APPS = List.of("admin", "cockpit", "tasklist", "welcome");
    private static final Pattern KEY = Pattern.compile("\\{\\{(\\w+)}}");
    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

    private final Map<String, String> scripts;

    WebappConfigController(DistrictWords words) {
        Map<String, String> byKey = new ObjectMapper().convertValue(words, new TypeReference<Map<String, String>>() {
        });
        String common = read("common").orElseThrow().stripTrailing();
        this.scripts = APPS.stream().collect(Collectors.toMap(Function.identity(), app -> fill("export default {\n"
                + common + read(app).map(own -> ",\n" + own.stripTrailing()).orElse("") + "\n};\n", byKey)));
    }

    @GetMapping("/camunda/app/{app}/scripts/config.js")
    ResponseEntity<String> config(@PathVariable String app) {
        String script = scripts.get(app);
        return script == null ? ResponseEntity.notFound().build()
                : ResponseEntity.ok().contentType(JAVASCRIPT).body(script);
    }

    private static Optional<String> read(String name) {
        ClassPathResource template = new ClassPathResource(TEMPLATES + name + ".js");
        if (!template.exists()) {
            return Optional.empty();
        }
        try (InputStream in = template.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("无法读取 " + TEMPLATES + name + ".js", e);
        }
    }

    /** Words go into single-quoted JavaScript strings: backslashes and quotes are escaped. */
    static String fill(String template, Map<String, String> words) {
        Matcher matcher = KEY.matcher(template);
        StringBuilder script = new StringBuilder();
        while (matcher.find()) {
            String word = words.get(matcher.group(1));
            if (word == null) {
                throw new IllegalStateException(
                        "plan.yaml 的 district 中没有 " + matcher.group(1) + "（web 应用配置模板用到）");
            }
            matcher.appendReplacement(script,
                    Matcher.quoteReplacement(word.replace("\\", "\\\\").replace("'", "\\'")));
        }
        return matcher.appendTail(script).toString();
    }
}
