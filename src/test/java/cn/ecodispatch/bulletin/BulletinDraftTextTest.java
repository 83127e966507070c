package cn.ecodispatch.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The bulletin's first draft names the units of each list, within what the bulletin's text may hold. */
class BulletinDraftTextTest {

    private static final String SALUTATION = "各乡镇人民政府，区直各单位：";

    private static List<UnitFigures> silentUnits(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new UnitFigures("synthetic" + i, "模拟镇" + i,
                Timeliness.MISSING, 0, 0, 0, 0, 0, 1, 0, false, true, false)).toList();
    }

    private static String draft(List<UnitFigures> units) {
        return BulletinDraftText.write(SALUTATION, "2062年3月",
                new MonthFigures.Compiled(units, List.of(), List.of()), "部分单位未按时报送。");
    }

    @Test
    void a_districts_bulletin_names_every_unit_that_did_not_report_and_every_unit_criticized() {
        String text = draft(silentUnits(37));

        assertThat(text).contains("未报送的单位：模拟镇1、模拟镇2、").contains("、模拟镇37。")
                .contains("对以下单位予以通报批评：模拟镇1、").doesNotContain("见附表）");
    }

    @Test
    void a_provinces_bulletin_with_two_thousand_silent_units_names_the_first_and_counts_the_rest() {
        String text = draft(silentUnits(2000));

        assertThat(text.length()).isLessThanOrEqualTo(BulletinDraftText.LIMIT);
        assertThat(text).contains("未报送的单位：模拟镇1、模拟镇2、")
                .contains("等2000个单位（各单位情况见附表）。")
                .contains("对以下单位予以通报批评：模拟镇1、").contains("五、综合排名").endsWith("切实推进创建工作。");
    }
}
