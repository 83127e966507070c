package cn.ecodispatch.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The problems the director is asked to confirm at the month's consultation, for a district and for a province. */
class ProblemsListTest {

    @Test
    void a_districts_month_lists_each_units_problems_line_by_line() {
        ProblemsList problems = new ProblemsList();
        problems.add("张茅乡", "本月报送尚未办结（填报中）", "本月报送尚未办结（填报中）");
        problems.add("大营镇", "整改问题（整改中）", "问题“台账不完整”整改中");

        assertThat(problems.text()).isEqualTo("张茅乡：本月报送尚未办结（填报中）\n大营镇：问题“台账不完整”整改中");
        assertThat(new ProblemsList().text()).isEqualTo("本月未发现问题。");
    }

    @Test
    void a_provinces_month_with_two_thousand_units_still_drafting_is_told_by_kind_within_the_forms_limit() {
        ProblemsList problems = new ProblemsList();
        IntStream.rangeClosed(1, 2000).forEach(i -> problems.add("模拟镇" + i, "本月报送尚未办结（填报中）",
                "本月报送尚未办结（填报中）"));
        problems.add("大营镇", "整改问题（整改中）", "问题“台账不完整”整改中");
        problems.add("大营镇", "整改问题（整改中）", "问题“照片缺失”整改中");
        problems.add("原店镇", "整改问题（整改中）", "问题“数据不符”整改中");

        String text = problems.text();

        assertThat(text.length()).isLessThanOrEqualTo(ProblemsList.LIMIT);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).startsWith("本月问题较多，按类别汇总（各单位的报送情况见本月调度页面）：\n本月报送尚未办结（填报中）：2000 个单位，含模拟镇1、模拟镇2、")
                .contains("等。\n整改问题（整改中）：3 项，涉及 2 个单位，即大营镇、原店镇。");
    }

    @Test
    void the_limit_is_the_consultation_fields_and_its_forms() throws IOException {
        JsonNode form = new ObjectMapper().readTree(new File("forms/consultation.form"));
        JsonNode problemsField = null;
        for (JsonNode component : form.get("components")) {
            if ("problemsList".equals(component.path("key").asText())) {
                problemsField = component;
            }
        }
        assertThat(problemsField).as("会商表单的问题清单字段").isNotNull();
        assertThat(problemsField.at("/validate/maxLength").asInt()).isEqualTo(ProblemsList.LIMIT);
    }
}
