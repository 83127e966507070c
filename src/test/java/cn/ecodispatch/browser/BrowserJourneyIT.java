package cn.ecodispatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import cn.ecodispatch.packaged.ApplicationProcess;
import cn.ecodispatch.packaged.EcoApi;

/**
 * A month as its people go through it, in a real headless Chromium against the packaged jar ({@link
 * SharedApplication}: fresh H2 database, demo accounts): 大营镇's reporter fills and submits the monthly report in Tasklist, its leader returns it with a
 * reason, the reporter is notified, reads the reason in the task's 历史 tab and submits again, the leader signs the
 * second version off, an office reviewer finds it under 乡镇的任务 and approves it, and the office's dispatch page
 * shows 大营镇 as 已通过. Meanwhile the other 36 units'
 * reports go through the REST API. The director then holds the consultation (会商研判, 大营镇 commended), office1
 * adds a sentence to the system's bulletin draft (修改通报稿) and the director approves it (主任审签); the dispatch page
 * shows the month closed, and 大营镇's reporter reads the published bulletin with the unit's own row marked and
 * downloads it as Word and Excel (opened with POI).
 *
 * <p>Needs the Debian packages chromium and chromium-driver (.ci/run installs them); without them the test fails
 * and says so, unless -Deco.browser.skip=true. Screenshots of the key steps are saved in
 * target/browser-screenshots/journey/, the application's log in target/browser-test/.
 */
class BrowserJourneyIT {

    private static final String UNIT = "daying";
    private static final String UNIT_NAME = "大营镇";
    private static final String PASSWORD = EcoApi.PASSWORD;
    private static final String DIRECTOR = "director";
    private static final String DIRECTOR_NAME = "区创建办 主任";
    private static final String OFFICE_NAME = "区创建办 审核员一";
    /** Long enough to be typed over more than 300 ms (see draftKeepsFastTyping). */
    private static final String SUMMARY = "本月完成巡查十二次，按计划推进";
    private static final String RETURN_REASON = "请补充第3项的工作台账";
    private static final String BULLETIN_TITLE_SUFFIX = "生态文明建设示范区创建工作月度通报";

    private static Instant started = Instant.now();

    @Test
    void a_month_from_the_township_reporter_to_the_published_bulletin(@TempDir Path home) throws Exception {
        Browser.requirePackages();
        started = Instant.now();
        ApplicationProcess application = SharedApplication.running();
        Path screenshots = ApplicationProcess.jarUnderTest().resolveSibling("browser-screenshots").resolve("journey");
        try (Browser browser = new Browser(application.baseUri(), screenshots, home.resolve("downloads"),
                home.resolve("chromium-profile"))) {
            progress("application and browser up");
            // Next month: nothing falls due during the test, whatever today's date (reports are due on the 5th).
            YearMonth period = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
            String periodLabel = period.getYear() + "年" + period.getMonthValue() + "月";
            openMonth(application.api(), period);

            MonthByRest rest = new MonthByRest(application.baseUri());
            List<String> others = rest.reportingUnitsDepartmentsFirst(period).stream()
                    .filter(unit -> !unit.equals(UNIT)).toList();
            assertThat(others).as("其余报送单位").hasSize(36);

            Tasklist tasklist = new Tasklist(browser);
            reporterSubmits(browser, tasklist, periodLabel);
            leaderReturns(browser, tasklist, periodLabel);
            reporterResubmits(browser, tasklist, periodLabel);
            // The other units report meanwhile, as they would.
            ExecutorService background = Executors.newSingleThreadExecutor();
            try {
                Future<?> otherUnits = background.submit(() -> {
                    rest.reportsApproved(period, others);
                    progress("the other 36 units approved (REST)");
                });
                leaderSignsOff(browser, tasklist, periodLabel);
                officeApproves(browser, tasklist, periodLabel);
                dispatchPageShowsApproved(browser, period);
                progress(UNIT + " approved in the browser");
                otherUnits.get(3, TimeUnit.MINUTES);
            } catch (ExecutionException e) {
                throw new AssertionError("其余单位的报送（REST）失败：" + e.getCause().getMessage(), e.getCause());
            } finally {
                background.shutdownNow();
            }
            rest.awaitConsultation();
            directorConsults(browser, tasklist, periodLabel);
            rest.awaitBulletinDraft();
            officeEditsBulletin(browser, tasklist, periodLabel);
            directorApprovesBulletin(browser, tasklist, periodLabel);
            progress("month consulted, bulletin edited and approved in the browser");

            dispatchPageShowsClosed(browser, period);
            dashboardCheck(browser, period);

            tasklist.switchTo(UNIT + "-reporter", UNIT_NAME + " 填报员");
            String documentNumber = bulletinShowsOwnRow(browser, periodLabel);
            downloadsAreTheBulletin(browser, periodLabel + BULLETIN_TITLE_SUFFIX, documentNumber);
            pagesFitAPhone(browser);
        }
        progress("done");
    }

    /** The office opens next month (POST /api/dispatch/cycles); the reports are sent out asynchronously. */
    private static void openMonth(EcoApi api, YearMonth period) throws InterruptedException {
        api.openCycle(period);
        for (Instant deadline = Instant.now().plusSeconds(60); api.reportIdsByUnit(period).size() < 37; ) {
            assertThat(Instant.now()).as("37 个单位的报送任务未在 60 秒内下达").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    /**
     * 大营镇's reporter: 本单位待办 → the report task → 认领 → every work item 已完成 with what was done, every key
     * task it takes part in with its contribution (and a progress where it leads), every indicator's value, the
     * summary and next month's plan → 提交单位负责人签发 → 完成.
     */
    private static void reporterSubmits(Browser browser, Tasklist tasklist, String periodLabel) {
        String task = "填报月度工作总结和台账｜" + UNIT_NAME + " · " + periodLabel;
        tasklist.signIn(UNIT + "-reporter", PASSWORD, UNIT_NAME + " 填报员");
        progress("reporter signed in");
        tasklist.filter("本单位待办");
        tasklist.openTask(task);
        browser.visibleText(UNIT_NAME + " " + periodLabel + "月度工作总结和台账");
        progress("report task opened");
        browser.screenshot("reporter-task-opened");
        tasklist.claim();
        progress("report task claimed");
        assertThat(tasklist.formText("填报进度")).as("未填写时的填报进度")
                .contains("填报进度：工作任务 0 / 19 项").contains("总结和计划 0 / 2 项").contains("尚未填完（点击直达）");

        draftKeepsFastTyping(browser, tasklist, task);
        missingLinkJumpsToTheField(tasklist);

        Instant filling = Instant.now();
        int items = tasklist.rows("Field_ItemWorkDone");
        assertThat(items).as("乡镇的工作任务（附件1）").isEqualTo(19);
        tasklist.choose("Field_ItemProgress", 0, "已完成");
        for (int i = 1; i < items; i++) {
            tasklist.choose("Field_ItemProgress", i, "已完成");
            browser.type(tasklist.field("Field_ItemWorkDone", i), "完成");
        }
        Instant keyTaskStart = Instant.now();
        int keyTasks = tasklist.rows("Field_KeyTaskWorkDone");
        assertThat(keyTasks).as("本镇参与或牵头的重点任务").isPositive();
        for (int k = 0; k < keyTasks; k++) {
            if ("牵头单位".equals(tasklist.value("Field_KeyTaskRole", k))) {
                tasklist.choose("Field_KeyTaskProgress", k, "推进中");
            }
            browser.type(tasklist.field("Field_KeyTaskWorkDone", k), "配合");
        }
        Instant texts = Instant.now();
        int indicators = tasklist.rows("Field_IndicatorValue");
        for (int n = 1; n < indicators; n++) {
            browser.type(tasklist.field("Field_IndicatorValue", n), "100");
        }
        browser.type(tasklist.field("Field_NextMonthPlan", -1), "按期完成");
        tasklist.radio("提交单位负责人签发");
        assertThat(tasklist.value("Field_Summary", -1)).isEqualTo(SUMMARY);
        assertThat(tasklist.formText("填报进度")).as("填完后的填报进度")
                .contains("工作任务 19 / 19 项").contains("总结和计划 2 / 2 项").doesNotContain("尚未填完");
        progress(String.format("report filled: %d items in %d s, %d key tasks in %d s, texts and %d indicators in %d s",
                items, Duration.between(filling, keyTaskStart).toSeconds(), keyTasks,
                Duration.between(keyTaskStart, texts).toSeconds(), indicators, secondsSince(texts)));
        browser.screenshot("reporter-form-filled");
        tasklist.complete(task);
        browser.screenshot("reporter-submitted");
        progress("report submitted");
    }

    /**
     * Typed at a fast typist's pace, with no pause between fields: a number, then the summary right after it (form-js
     * used to reset a text typed within 300 ms of leaving a number field and keep only the keys after that), then a
     * work item's text, then 保存草稿 at once.
     * The task comes back to the reporter, still claimed, headed 草稿已保存, with every character.
     */
    private static void draftKeepsFastTyping(Browser browser, Tasklist tasklist, String task) {
        browser.typeQuickly(tasklist.field("Field_IndicatorValue", 0), "100");
        browser.typeQuickly(tasklist.field("Field_Summary", -1), SUMMARY);
        browser.typeQuickly(tasklist.field("Field_ItemWorkDone", 0), "完成");
        tasklist.radio("保存草稿（稍后继续填报）");
        tasklist.completeAndReopen(task);
        browser.visibleText("草稿已保存：");
        assertThat(tasklist.formText("草稿已保存")).contains(UNIT_NAME + " 填报员");
        assertThat(tasklist.claimed()).as("草稿保存后任务仍由填报员认领").isTrue();
        assertThat(tasklist.value("Field_IndicatorValue", 0)).isEqualTo("100");
        assertThat(tasklist.value("Field_Summary", -1)).isEqualTo(SUMMARY);
        assertThat(tasklist.value("Field_ItemWorkDone", 0)).isEqualTo("完成");
        assertThat(tasklist.formText("填报进度")).contains("总结和计划 1 / 2 项");
        browser.screenshot("reporter-draft-reopened");
        progress("draft saved and reopened with every character");
    }

    /** 尚未填完's link of a work item takes the reporter to that item, ready to type what it lacks. */
    private static void missingLinkJumpsToTheField(Tasklist tasklist) {
        tasklist.followMissingLink("附件1 第6项");
        assertThat(tasklist.focusedFieldId()).endsWith("-Field_ItemWorkDone_5");
    }

    /**
     * 大营镇's leader reads which version whose submission is, and returns it: 待我签发 → 单位负责人签发 → 「提交：第1版，
     * …，大营镇 填报员」 → 认领 → 退回填报人修改 with the reason → 完成.
     */
    private static void leaderReturns(Browser browser, Tasklist tasklist, String periodLabel) {
        String task = openSignOff(browser, tasklist, periodLabel);
        assertThat(tasklist.formText("提交：")).contains("第1版").contains(UNIT_NAME + " 填报员");
        tasklist.claim();
        tasklist.radio("退回填报人修改");
        browser.type(tasklist.field("Field_SignOffComment", -1), RETURN_REASON);
        browser.screenshot("leader-returns");
        tasklist.complete(task);
        progress("returned by the leader");
    }

    /**
     * The reporter is told (通知 in Tasklist's header, the return on the notices page), finds the return and its
     * reason in the task's 历史 tab, claims the task again and submits the same report as it stands.
     */
    private static void reporterResubmits(Browser browser, Tasklist tasklist, String periodLabel) {
        String task = "填报月度工作总结和台账｜" + UNIT_NAME + " · " + periodLabel;
        tasklist.switchTo(UNIT + "-reporter", UNIT_NAME + " 填报员");
        assertThat(tasklist.noticeBadge()).as("未读通知数").matches("通知\\s*[1-9]\\d*");
        browser.open("/eco/notices.html");
        browser.visible("通知：被退回", By.xpath("//p[contains(@class,'notice-title')][contains(normalize-space(.), "
                + Browser.xpathLiteral("「" + task + "」被退回") + ")]"));
        browser.screenshot("reporter-notices");
        browser.open(Tasklist.PATH);
        tasklist.filter("本单位待办");
        tasklist.openTask(task);
        assertThat(tasklist.history()).as("历史选项卡，最新在前").first().isEqualTo(
                UNIT_NAME + " 负责人 单位负责人签发：退回修改（第1版）。退回原因：" + RETURN_REASON);
        browser.screenshot("reporter-history-tab");
        tasklist.tab("表单");
        tasklist.claim();
        assertThat(tasklist.value("Field_Summary", -1)).isEqualTo(SUMMARY);
        tasklist.radio("提交单位负责人签发");
        tasklist.complete(task);
        progress("history read, report submitted again");
    }

    /** 大营镇's leader: 待我签发 → 单位负责人签发 (第2版, shown read-only) → 认领 → 同意报送创建办 → 完成. */
    private static void leaderSignsOff(Browser browser, Tasklist tasklist, String periodLabel) {
        String task = openSignOff(browser, tasklist, periodLabel);
        assertThat(tasklist.formText("提交：")).contains("第2版").contains(UNIT_NAME + " 填报员");
        tasklist.claim();
        assertThat(tasklist.value("Field_Summary", -1)).isEqualTo(SUMMARY);
        tasklist.radio("同意报送创建办");
        browser.screenshot("leader-sign-off");
        tasklist.complete(task);
        progress("signed off");
    }

    private static String openSignOff(Browser browser, Tasklist tasklist, String periodLabel) {
        String task = "单位负责人签发｜" + UNIT_NAME + " · " + periodLabel;
        tasklist.openAs(UNIT + "-leader", UNIT_NAME + " 负责人", "待我签发", task);
        browser.visibleText(UNIT_NAME + " " + periodLabel + "月度报送：单位负责人签发");
        return task;
    }

    /**
     * office1: 全部调度任务 searched for 大营镇 lists only its review; 乡镇的任务 → 创建办审核 (the 历史 tab tells
     * both submissions) → 认领 → 通过 → 完成.
     */
    private static void officeApproves(Browser browser, Tasklist tasklist, String periodLabel) {
        String task = "创建办审核｜" + UNIT_NAME + " · " + periodLabel;
        tasklist.switchTo(EcoApi.OFFICE, OFFICE_NAME);
        tasklist.filter("全部调度任务");
        assertThat(tasklist.search(UNIT_NAME)).as("按单位名称查找").containsExactly(task);
        browser.screenshot("office-search");
        tasklist.filter("乡镇的任务");
        tasklist.openTask(task);
        browser.visibleText(UNIT_NAME + " " + periodLabel + "月度报送：创建办审核");
        assertThat(tasklist.history()).as("历史选项卡").hasSize(4).last().asString().contains("第1版");
        tasklist.tab("表单");
        tasklist.claim();
        assertThat(tasklist.value("Field_ItemProgressLabel", 0)).isEqualTo("已完成");
        tasklist.radio("通过");
        browser.screenshot("office-review");
        tasklist.complete(task);
        progress("approved by the office");
    }

    /** The director: 待我会商 → 会商研判 (the month's results) → 认领 → 大营镇 commended → 完成. */
    private static void directorConsults(Browser browser, Tasklist tasklist, String periodLabel) {
        String task = "会商研判｜" + periodLabel;
        tasklist.openAs(DIRECTOR, DIRECTOR_NAME, "待我会商", task);
        browser.visibleText(periodLabel + "月度调度会商研判");
        tasklist.claim();
        tasklist.check("Field_CommendedUnits", UNIT_NAME);
        browser.screenshot("director-consultation");
        tasklist.complete(task);
        progress("consultation held");
    }

    /** office1: 待我审核 → 修改通报稿 (the system's draft) → 认领 → one sentence added → 完成. */
    private static void officeEditsBulletin(Browser browser, Tasklist tasklist, String periodLabel) {
        String task = "修改通报稿｜" + periodLabel + "月度通报（第1版）";
        tasklist.openAs(EcoApi.OFFICE, OFFICE_NAME, "待我审核", task);
        tasklist.claim();
        assertThat(tasklist.value("Field_BodyText", -1)).as("系统起草的通报正文").contains("现将" + periodLabel);
        tasklist.appendText(tasklist.field("Field_BodyText", -1), "各单位要对照本通报，持续推进创建工作。");
        assertThat(tasklist.value("Field_BodyText", -1)).endsWith("\n各单位要对照本通报，持续推进创建工作。");
        browser.screenshot("office-edits-bulletin");
        tasklist.complete(task);
        progress("bulletin edited");
    }

    /** The director: 待我会商 → 主任审签 (the edited text) → 认领 → 同意发布 → 完成. */
    private static void directorApprovesBulletin(Browser browser, Tasklist tasklist, String periodLabel) {
        String task = "主任审签｜" + periodLabel + "月度通报（第1版）";
        tasklist.openAs(DIRECTOR, DIRECTOR_NAME, "待我会商", task);
        tasklist.claim();
        assertThat(tasklist.value("Field_BodyText", -1)).endsWith("各单位要对照本通报，持续推进创建工作。");
        tasklist.radio("同意发布");
        browser.screenshot("director-approves-bulletin");
        tasklist.complete(task);
        progress("bulletin approved");
    }

    /** The office's dispatch page (/eco/dispatch.html) lists 大营镇 as 已通过. */
    private static void dispatchPageShowsApproved(Browser browser, YearMonth period) {
        browser.open("/eco/dispatch.html?period=" + period);
        browser.centre(browser.visible(UNIT_NAME + " 已通过", unitRowWithStatus("已通过")));
        browser.screenshot("dispatch-page-approved");
    }

    /** After the consultation the month shows as 已结束, every unit 已通过. */
    private static void dispatchPageShowsClosed(Browser browser, YearMonth period) {
        browser.open("/eco/dispatch.html?period=" + period);
        browser.visible("调度状态 已结束", By.xpath("//dd/span[contains(@class,'cycle-status') and normalize-space(.)='已结束']"));
        browser.visible("已通过 37 个", By.xpath("//p[contains(@class,'summary-line')]/strong[contains(@class,'num-ok')"
                + " and normalize-space(.)='37']"));
        browser.visible(UNIT_NAME + " 已通过", unitRowWithStatus("已通过"));
        browser.screenshot("dispatch-page-closed");
    }

    /** On a phone 390 px wide the reporter's dashboard and bulletin fit the width: nothing to scroll sideways. */
    private static void pagesFitAPhone(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("/eco/dashboard.html", "/eco/bulletin.html")) {
            browser.open(page);
            browser.visible("页面标题", By.cssSelector("h1.page-title"));
            browser.await("页面内容", driver -> driver.findElements(By.cssSelector("section.card")).size() >= 2 ? true
                    : null);
            Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as(page + " 在 390 像素宽的手机上不应横向滚动").isLessThanOrEqualTo(0);
            browser.screenshot("phone" + page.replace("/eco/", "-").replace(".html", ""));
        }
        progress("dashboard and bulletin fit a 390 px phone");
    }

    /**
     * The office's dashboard for the closed month: every unit done, none late, 大营镇 first in the scorecard (105,
     * commended), the 30 key tasks listed, and the charts drawn by ECharts.
     */
    private static void dashboardCheck(Browser browser, YearMonth period) {
        browser.open("/eco/dashboard.html?period=" + period);
        browser.visibleText("本月调度一览（" + period.getYear() + "年" + period.getMonthValue() + "月）");
        assertThat(tile(browser, "应报送单位")).isEqualTo("37");
        assertThat(tile(browser, "已办结")).as("本月各单位均已办结").isEqualTo("37");
        assertThat(tile(browser, "逾期未报")).isEqualTo("0");
        WebElement first = browser.visible("得分第一名", By.xpath(
                "//h2[starts-with(normalize-space(.),'各单位得分')]/following::table[1]//tbody/tr[1]"));
        assertThat(first.findElement(By.cssSelector("td[data-label='单位']")).getText()).isEqualTo(UNIT_NAME);
        assertThat(first.findElement(By.cssSelector("td[data-label='得分']")).getText()).isEqualTo("105");
        assertThat(browser.driver().findElements(By.xpath(
                "//h2[starts-with(normalize-space(.),'重点任务进展')]/following::table[1]//tbody/tr"))).hasSize(30);
        browser.await("图表已绘制", Duration.ofSeconds(30),
                driver -> driver.findElements(By.cssSelector(".echart canvas")).size() >= 5 ? true : null);
        browser.screenshot("dashboard");
    }

    private static String tile(Browser browser, String label) {
        return browser.visible(label, By.xpath("//div[contains(@class,'tile')][span[@class='tile-label' and .="
                + Browser.xpathLiteral(label) + "]]/span[@class='tile-value']")).getText();
    }

    /**
     * 大营镇's reporter opens the published bulletin: title, number, the ranking with its own row marked (本单位)
     * — first, commended in the consultation. Returns the bulletin's number as the page shows it.
     */
    private static String bulletinShowsOwnRow(Browser browser, String periodLabel) {
        browser.open("/eco/bulletin.html");
        String title = periodLabel + BULLETIN_TITLE_SUFFIX;
        browser.visible("通报标题", By.xpath("//h2[contains(@class,'card-title') and normalize-space(.)="
                + Browser.xpathLiteral(title) + "]"));
        WebElement number = browser.visible("文号", By.xpath("//dl[contains(@class,'fields')]/dt[.='文号']/following-sibling::dd[1]"));
        String documentNumber = number.getText().trim();
        assertThat(documentNumber).matches("陕创办通〔\\d{4}〕1号");
        WebElement own = browser.visible("本单位所在行", By.cssSelector("table.data-table tr.row-own"));
        assertThat(browser.driver().findElements(By.cssSelector("table.data-table tr.row-own"))).hasSize(1);
        assertThat(own.findElement(By.cssSelector("td[data-label='单位']")).getText()).contains(UNIT_NAME, "本单位");
        assertThat(own.findElement(By.cssSelector("td[data-label='排名']")).getText()).isEqualTo("1");
        assertThat(own.findElement(By.cssSelector("td[data-label='得分']")).getText()).isEqualTo("105");
        assertThat(own.findElement(By.cssSelector("td[data-label='会商决定']")).getText()).isEqualTo("通报表扬");
        browser.visibleText("本单位所在行已标出。");
        browser.centre(own);
        browser.screenshot("bulletin-own-row");
        return documentNumber;
    }

    /** Both download links of the page, through the browser: the Word bulletin and the Excel figures. */
    private static void downloadsAreTheBulletin(Browser browser, String title, String documentNumber)
            throws Exception {
        browser.click(browser.visible("通报（Word）", By.xpath("//a[normalize-space(.)='通报（Word）']")));
        Path docx = browser.awaitDownload("docx");
        assertThat(docx.getFileName().toString()).isEqualTo(title + ".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(document.getParagraphs().stream().map(p -> p.getText().trim()).toList())
                    .contains(documentNumber, title);
            assertThat(text.getText()).contains(UNIT_NAME);
        }

        browser.click(browser.visible("数据表（Excel）", By.xpath("//a[normalize-space(.)='数据表（Excel）']")));
        Path xlsx = browser.awaitDownload("xlsx");
        assertThat(xlsx.getFileName().toString()).isEqualTo(title + ".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet ranking = workbook.getSheet("排名");
            assertThat(ranking.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
            Row first = ranking.getRow(2);
            assertThat(Map.of("rank", first.getCell(0).getNumericCellValue(), "unit",
                    first.getCell(1).getStringCellValue(), "score", first.getCell(2).getNumericCellValue()))
                    .isEqualTo(Map.of("rank", 1.0, "unit", UNIT_NAME, "score", 105.0));
            assertThat(ranking.getLastRowNum()).as("37 个单位各一行").isEqualTo(2 + 36);
        }
        browser.screenshot("bulletin-downloaded");
    }

    private static By unitRowWithStatus(String status) {
        return By.xpath("//table[contains(@class,'data-table')]//tr[td[@data-label='单位' and normalize-space(.)="
                + Browser.xpathLiteral(UNIT_NAME) + "] and td[@data-label='状态' and normalize-space(.)="
                + Browser.xpathLiteral(status) + "]]");
    }

    private static long secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds();
    }

    /** How far the journey has come, and when: the test's run time is watched (target: about 2 minutes). */
    private static void progress(String step) {
        System.out.printf("BrowserJourneyIT %3d s: %s%n", secondsSince(started), step);
    }
}
