package cn.ecodispatch.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.ecodispatch.EcoDispatchTest;

/**
 * The web apps speak Simplified Chinese: every label of the shipped English files has a Chinese one with the
 * same placeholders, the date locale is Chinese, and the apps offer zh first with English still selectable.
 */
@EcoDispatchTest
class WebappLocalizationTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|<[^>]+>");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    private static JsonNode read(String app, String locale) throws IOException {
        // The English file comes from Camunda's webjar, the Chinese one from this project.
        var resources = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + APPS + app + "/locales/" + locale + ".json");
        assertThat(resources).as(app + "/" + locale + ".json").hasSize(1);
        try (InputStream in = resources[0].getInputStream()) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return JSON.readTree(text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void every_english_label_has_a_chinese_one_with_the_same_placeholders(String app) throws IOException {
        JsonNode english = read(app, "en").get("labels");
        JsonNode chinese = read(app, "zh").get("labels");

        List<String> missing = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> label = it.next();
            JsonNode translation = chinese.get(label.getKey());
            if (translation == null) {
                missing.add(label.getKey());
            } else if (!placeholders(label.getValue().asText()).equals(placeholders(translation.asText()))) {
                broken.add(label.getKey());
            }
        }
        assertThat(missing).as("缺少中文的标签").isEmpty();
        assertThat(broken).as("占位符与英文不一致的标签").isEmpty();
        assertThat(english.size()).isGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void dates_are_chinese_including_relative_times(String app) throws IOException {
        JsonNode english = read(app, "en").get("dateLocales");
        JsonNode chinese = read(app, "zh").get("dateLocales");

        assertThat(fieldPaths(chinese, "")).containsAll(fieldPaths(english, ""));
        assertThat(chinese.at("/relativeTime/past").asText()).isEqualTo("%s前");
        assertThat(chinese.at("/relativeTime/m").asText()).isEqualTo("1 分钟");
        assertThat(chinese.at("/months/0").asText()).isEqualTo("一月");
        assertThat(chinese.at("/calendar/sameDay").asText()).contains("今天");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void the_app_offers_chinese_first_and_english_too_and_hides_the_end_of_life_banner(String app) {
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
        ResponseEntity<String> labels = rest.getForEntity("/camunda/app/" + app + "/locales/zh.json", String.class);
        ResponseEntity<String> styles = rest.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);

        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getHeaders().getContentType()).hasToString("text/javascript;charset=UTF-8");
        assertThat(config.getBody()).containsPattern("availableLocales:\\s*\\['zh', 'en'\\]")
                .as("署名取自方案的 district.officeName").contains("vendor: '陕州区创建办'").doesNotContain("{{");
        assertThat(labels.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(labels.getBody()).contains("登录");
        assertThat(styles.getBody()).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
    }

    @Test
    void the_welcome_page_names_the_office_in_the_districts_words() {
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/welcome/scripts/config.js", String.class);

        assertThat(config.getBody()).contains("label: '月度调度总览（区创建办）'")
                .contains("查看上级公布的目标；区创建办录入目标值");
    }

    @Test
    void tasklist_loads_the_fixes_that_let_forms_with_prefilled_lists_be_completed() {
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);
        ResponseEntity<String> fix = rest.getForEntity("/camunda/app/tasklist/scripts/camunda-forms-fixes.js", String.class);

        assertThat(config.getBody()).containsPattern("customScripts: \\[[^]]*'scripts/camunda-forms-fixes'")
                .containsPattern("customScripts: \\[[^]]*'scripts/date-pickers-zh'")
                .containsPattern("customScripts: \\[[^]]*'scripts/notice-badge'");
        assertThat(fix.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fix.getBody()).contains("form.on('changed', 5000").contains("此项为必填项");
    }

    @Test
    void tasklist_shows_the_unread_notices_in_its_header() {
        ResponseEntity<String> badge = rest.getForEntity("/camunda/app/tasklist/scripts/notice-badge.js", String.class);

        assertThat(badge.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(badge.getBody()).contains("/api/notices/unread-count").contains("/eco/notices.html").contains("'通知'");
    }

    @Test
    void core_terms_are_translated_consistently() throws IOException {
        JsonNode cockpit = read("cockpit", "zh").get("labels");
        JsonNode tasklist = read("tasklist", "zh").get("labels");

        assertThat(allValues(cockpit)).noneMatch(v -> v.contains("流程例") || v.contains("工作项"));
        assertThat(allValues(tasklist)).anyMatch(v -> v.contains("任务"));
        assertThat(allValues(cockpit)).anyMatch(v -> v.contains("流程实例"))
                .anyMatch(v -> v.contains("作业"))
                .anyMatch(v -> v.contains("故障"));
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    private static List<String> fieldPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            paths.add(prefix + "/" + name);
            if (node.get(name).isObject()) {
                paths.addAll(fieldPaths(node.get(name), prefix + "/" + name));
            }
        });
        return paths;
    }

    private static List<String> allValues(JsonNode labels) {
        List<String> values = new ArrayList<>();
        labels.elements().forEachRemaining(v -> values.add(v.asText()));
        return values;
    }
}
