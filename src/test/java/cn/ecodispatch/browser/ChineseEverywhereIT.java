package cn.ecodispatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import cn.ecodispatch.packaged.ApplicationProcess;
import cn.ecodispatch.packaged.EcoApi;

/**
 * Chinese everywhere, always, and a phone is enough: with a Chinese browser, each web app — Tasklist as 大营镇's
 * reporter (its task list with relative times), Welcome, Cockpit (its decision table of supervision-measure) and Admin as the administrator — is
 * loaded ten times and shows no English word beyond product names and technical ids; Tasklist's date picker names
 * months and weekdays in Chinese; and at 390 px the reporter's form and every project page fit the width
 * (screenshots in target/browser-screenshots/chinese-everywhere/).
 *
 * <p>Runs against the packaged jar on a fresh H2 database ({@link SharedApplication}, with {@link BrowserJourneyIT});
 * needs the same Debian packages.
 */
class ChineseEverywhereIT {

    private static final int LOADS = 10;
    private static final YearMonth PERIOD = YearMonth.of(2045, 3);
    private static final String REPORT_TASK = "填报月度工作总结和台账｜大营镇 · 2045年3月";
    private static final Dimension DESKTOP = new Dimension(1440, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);
    /** Tasklist's list of tasks once it shows when each was created (relative times: 「3 分钟前」). */
    private static final By TASKS_WITH_TIMES = By.xpath("//ol[contains(@class,'tasks-list')][contains(., '创建时间')]");

    /**
     * What may stay in Latin letters: the names of the products (Camunda Platform and its apps Tasklist, Cockpit,
     * Admin; Excel for the ledger), the time zone's id in the footer, the word ID for database ids, and the keys of
     * the decision and the processes as deployed, which Cockpit shows as they are (the decision's instances name the
     * process and the step that evaluated it).
     */
    private static final Set<String> ALLOWED = Set.of("Camunda", "Platform", "Tasklist", "Cockpit", "Admin", "Excel",
            "Asia/Shanghai", "ID", "supervision-measure", "monthly-dispatch", "unit-monthly-report", "rectification",
            "accountability", "monthly-bulletin");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_./:-]*");
    /**
     * Ids with digits (versions, definition ids, PM2.5) or an underscore (a step's id such as Task_ReviewReport) are
     * not words a person reads.
     */
    private static final Pattern TECHNICAL = Pattern.compile(".*[0-9_].*");
    /** The text a person sees: rendered, not shrunk to nothing (form-js's English placeholder under our own). */
    private static final String VISIBLE_TEXT = """
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const element = node.parentElement;
              const style = element && getComputedStyle(element);
              const box = element && element.getBoundingClientRect();
              if (style && style.visibility !== 'hidden' && parseFloat(style.fontSize) > 0 && box.width > 1
                  && box.height > 1 && element.closest('script, style, noscript, [hidden]') === null) {
                out.push(node.nodeValue);
              }
            }
            return out.join(' ');
            """;
    private static final String OVERFLOW = """
            const widest = [document.documentElement, ...document.querySelectorAll(arguments[0])]
              .map(e => e.scrollWidth - e.clientWidth);
            return Math.max(...widest);
            """;

    private static Instant started = Instant.now();

    @Test
    void every_app_speaks_chinese_and_a_phone_is_enough(@TempDir Path home) throws Exception {
        Browser.requirePackages();
        started = Instant.now();
        ApplicationProcess application = SharedApplication.running();
        Path screenshots = ApplicationProcess.jarUnderTest().resolveSibling("browser-screenshots")
                .resolve("chinese-everywhere");
        try (Browser browser = new Browser(application.baseUri(), screenshots, home.resolve("downloads"),
                home.resolve("chromium-profile"))) {
            long reportId = openMonth(application.api());
            Tasklist tasklist = new Tasklist(browser);

            tasklist.signIn("daying-reporter", EcoApi.PASSWORD, "大营镇 填报员");
            tenLoads(browser, "Tasklist", Tasklist.PATH, () -> {
                tasklist.filter("本单位待办");
                browser.visible("任务列表及其创建时间", TASKS_WITH_TIMES);
            });
            tasklist.openTask(REPORT_TASK);
            datePickerIsChinese(browser);
            reportFormFitsAPhone(browser);
            tasklist.signOut();

            tasklist.signIn(EcoApi.OFFICE, EcoApi.PASSWORD, "区创建办 审核员一");
            projectPagesFitAPhone(browser, reportId);
            tasklist.signOut();

            tasklist.signIn("admin", "admin", "系统 管理员");
            tenLoads(browser, "Welcome", "/camunda/app/welcome/default/",
                    showing(browser, "Welcome", By.cssSelector(".webapps a[href*='cockpit']")));
            tenLoads(browser, "Cockpit 决策表", decisionTablePath(browser),
                    showing(browser, "Cockpit 决策表", By.cssSelector(".dmn-decision-table-container td.rule-index")));
            tenLoads(browser, "Admin", "/camunda/app/admin/default/#/",
                    showing(browser, "Admin", By.cssSelector("a[href*='#/users']")));
        }
        progress("done");
    }

    /** The office opens a month through the API; returns 大营镇's report id once the reports are out. */
    private static long openMonth(EcoApi api) throws InterruptedException {
        api.openCycle(PERIOD);
        for (Instant deadline = Instant.now().plusSeconds(60); !api.reportIdsByUnit(PERIOD).containsKey("daying"); ) {
            assertThat(Instant.now()).as("大营镇的报送任务未在 60 秒内下达").isBefore(deadline);
            Thread.sleep(250);
        }
        progress("month opened");
        return api.reportIdsByUnit(PERIOD).get("daying");
    }

    /**
     * Loads the page ten times, each time until its content shows, and reads it for English words. (Tasklist loads
     * its language and the fallback's at once; whichever came last used to set the language of relative times now
     * and then: 「in a month」 instead of 「1 个月后」.)
     */
    private static void tenLoads(Browser browser, String app, String path, Runnable showContent) {
        browser.open(path);
        // Loaded once in full first: a reload while the app is still starting has been seen to leave Tasklist on
        // its spinner.
        showContent.run();
        for (int load = 1; load <= LOADS; load++) {
            browser.driver().navigate().refresh();
            showContent.run();
            String what = app + " 第 " + load + " 次载入";
            // The apps translate after rendering (locale files, our scripts): English that stays is what counts.
            try {
                browser.await(what + "：无英文", Duration.ofSeconds(10), driver -> englishWords(browser).isEmpty());
            } catch (AssertionError stillEnglish) {
                throw new AssertionError(what + "：页面上仍有英文 " + englishWords(browser), stillEnglish);
            }
        }
        browser.screenshot("chinese-" + app.replace(' ', '-'));
        progress(app + ": ten loads in Chinese");
    }

    private static Runnable showing(Browser browser, String app, By content) {
        return () -> browser.visible(app + " 的内容", content);
    }

    private static Set<String> englishWords(Browser browser) {
        String text = (String) ((JavascriptExecutor) browser.driver()).executeScript(VISIBLE_TEXT);
        Set<String> words = new TreeSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group().replaceAll("[.:/-]+$", "");
            if (!ALLOWED.contains(word) && !TECHNICAL.matcher(word).matches()) {
                words.add(word);
            }
        }
        return words;
    }

    /** 设置跟进日期 opens Tasklist's picker: a title like 「2026年12月」, 周一 … 周日; the ✕ closes it unchanged. */
    private static void datePickerIsChinese(Browser browser) {
        browser.click(browser.visible("设置跟进日期", By.cssSelector(".followup-date")));
        var picker = browser.visible("日期选择器", By.cssSelector("[uib-datepicker] table"));
        String text = picker.getText();
        browser.screenshot("tasklist-date-picker");
        assertThat(text).as("日期选择器").containsPattern("\\d{4}年\\d{1,2}月").contains("周一", "周日")
                .doesNotContainPattern("(?i)\\b(January|February|March|April|May|June|July|August|September|October"
                        + "|November|December|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b");
        browser.click(browser.visible("取消", By.cssSelector("[ng-click^='cancelChange']")));
        progress("date picker in Chinese");
    }

    /** The report form at 390 px: nothing to scroll sideways, no label cut off, the long item labels wrapped. */
    private static void reportFormFitsAPhone(Browser browser) {
        browser.driver().manage().window().setSize(PHONE);
        browser.visible("任务表单", By.cssSelector(".fjs-form"));
        assertThat(overflow(browser, ".page-wrap, .fjs-container")).as("报送表单在 390 像素宽的手机上不应横向滚动")
                .isLessThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return [...document.querySelectorAll('.fjs-form label, .fjs-form textarea[readonly]')]
                  .filter(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
                  .map(e => (e.value || e.textContent).trim());
                """);
        assertThat(cut).as("被截断的标签").isEmpty();
        browser.centre(browser.visible("第一项任务", By.cssSelector("[id$='-Field_ItemLabel_0']")));
        browser.screenshot("phone-tasklist-report-form");
        browser.driver().manage().window().setSize(DESKTOP);
        progress("report form fits a phone");
    }

    /** Every project page at 390 px, as the office sees it: the title whole, nothing to scroll sideways. */
    private static void projectPagesFitAPhone(Browser browser, long reportId) {
        browser.driver().manage().window().setSize(PHONE);
        for (String page : List.of("dispatch.html?period=" + PERIOD, "report.html?reportId=" + reportId,
                "rectification.html", "bulletin.html", "dashboard.html", "targets.html")) {
            browser.open("/eco/" + page);
            var title = browser.visible("页面标题", By.cssSelector("h1.page-title"));
            browser.await(page + " 已载入", driver -> driver.findElements(By.cssSelector(".loading")).isEmpty());
            assertThat(overflow(browser, "h1.page-title, .topbar")).as(page + " 在 390 像素宽的手机上不应横向滚动")
                    .isLessThanOrEqualTo(0);
            assertThat(title.getSize().getWidth()).as(page + " 的标题").isLessThanOrEqualTo(PHONE.getWidth());
            browser.screenshot("phone-" + page.replaceAll("\\.html.*", ""));
        }
        browser.driver().manage().window().setSize(DESKTOP);
        progress("project pages fit a phone");
    }

    private static int overflow(Browser browser, String selectors) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(OVERFLOW, selectors)).intValue();
    }

    /** Cockpit's page of the decision table supervision-measure, found through Cockpit's list of decisions. */
    private static String decisionTablePath(Browser browser) {
        browser.open("/camunda/app/cockpit/default/#/decisions");
        String href = browser.visible("决策 督办措施", By.cssSelector("a[href*='decision-definition/supervision-measure']"))
                .getDomAttribute("href");
        return "/camunda/app/cockpit/default/" + href;
    }

    private static void progress(String step) {
        System.out.printf("ChineseEverywhereIT %3d s: %s%n", Duration.between(started, Instant.now()).toSeconds(), step);
    }
}
