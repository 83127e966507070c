package cn.ecodispatch.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.ecodispatch.packaged.EcoApi;

/**
 * Camunda Tasklist in Chinese, as the district's staff use it: sign in, pick a filter (本单位待办, 待我签发, 待我审核),
 * open a task, claim it (认领), fill its Camunda Form, complete it (完成), sign out (退出登录). Fields of a form are
 * found by the ids of the form's components (form-js gives {@code fjs-form-<random>-<componentId>[_<row>]}).
 */
final class Tasklist {

    static final String PATH = "/camunda/app/tasklist/";
    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

    private final Browser browser;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    /** Signs in on Tasklist's login page and waits for the user's name in the header (e.g. 大营镇 填报员). */
    void signIn(String user, String password, String displayName) {
        browser.open(PATH);
        browser.visible("登录页", USERNAME);
        // Typed again until both fields hold what was typed: while the login view is swapped in, keys have been
        // seen to land in the user name field.
        browser.await("登录表单已填写", driver -> typedIn(driver, USERNAME, user) && typedIn(driver, PASSWORD, password));
        browser.driver().findElement(By.xpath("//button[@type='submit' and normalize-space(.)='登录']")).click();
        browser.visible("已登录：" + displayName, By.xpath("//li[contains(@class,'account')]/a[contains(normalize-space(.),"
                + Browser.xpathLiteral(displayName) + ")]"));
    }

    private static boolean typedIn(WebDriver driver, By locator, String text) {
        WebElement field = driver.findElement(locator);
        if (!text.equals(field.getDomProperty("value"))) {
            field.clear();
            field.sendKeys(text);
        }
        return text.equals(field.getDomProperty("value"));
    }

    /** 退出登录 through Tasklist's user menu (from wherever the browser is); back on the login page. */
    void signOut() {
        if (!browser.driver().getCurrentUrl().contains(PATH)) {
            browser.open(PATH);
        }
        browser.click(browser.visible("用户菜单", By.cssSelector("li.account a.dropdown-toggle")));
        browser.click(browser.visible("退出登录", By.xpath("//li[contains(@class,'logout')]/a[normalize-space(.)='退出登录']")));
        browser.visible("登录页", USERNAME);
    }

    /** Another demo account takes the browser: 退出登录, then 登录 as the user (password demo). */
    void switchTo(String user, String displayName) {
        signOut();
        signIn(user, EcoApi.PASSWORD, displayName);
    }

    /** Another demo account takes the browser and opens the task from the given filter. */
    void openAs(String user, String displayName, String filter, String task) {
        switchTo(user, displayName);
        filter(filter);
        openTask(task);
    }

    void filter(String name) {
        browser.click(browser.visible("过滤器 " + name, By.xpath(
                "//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.)," + Browser.xpathLiteral(name) + ")]")));
    }

    /**
     * Opens the task of the list whose title is the given text, and waits until its form has been rendered. The list
     * may be redrawn between finding the task and clicking it (right after a draft is saved): it is found again.
     */
    void openTask(String title) {
        browser.await("打开任务 " + title, driver -> {
            WebElement task = driver.findElement(taskInList(title));
            if (!task.isDisplayed()) {
                return null;
            }
            browser.click(task);
            return true;
        });
        browser.visible("任务表单：" + title, By.cssSelector(".fjs-form"));
    }

    /** 认领: the task is assigned to the signed-in user, who may now complete it. */
    void claim() {
        By claim = By.xpath("//button[contains(@class,'claim') and normalize-space(.)='认领']");
        browser.click(browser.visible("认领", claim));
        browser.await("已认领", ExpectedConditions.invisibilityOfElementLocated(claim));
    }

    /**
     * 完成, then waits until the task has left the list: the server accepted the form. A click that Tasklist let
     * pass while it redrew the form (nothing sent, no message: seen once in a while right after typing) is
     * repeated once, as a person would.
     */
    void complete(String title) {
        By listed = taskInList(title);
        browser.click(browser.await("完成按钮可用", ExpectedConditions.elementToBeClickable(COMPLETE)));
        try {
            browser.await("任务已办结并离开列表：" + title, Duration.ofSeconds(10),
                    ExpectedConditions.invisibilityOfElementLocated(listed));
        } catch (AssertionError stillListed) {
            browser.driver().findElements(COMPLETE).stream().filter(b -> b.isDisplayed() && b.isEnabled()).findFirst()
                    .ifPresent(browser::click);
            browser.await("任务已办结并离开列表：" + title, ExpectedConditions.invisibilityOfElementLocated(listed));
        }
    }

    /**
     * 完成 on a task that comes straight back to the same person (a saved draft): waits for the form to go, then
     * opens the task again from the list.
     */
    void completeAndReopen(String title) {
        WebElement form = browser.visible("任务表单", By.cssSelector(".fjs-form"));
        browser.click(browser.await("完成按钮可用", ExpectedConditions.elementToBeClickable(COMPLETE)));
        browser.await("表单已提交", ExpectedConditions.stalenessOf(form));
        openTask(title);
    }

    /** Whether the open task is assigned to the signed-in user: no 认领 button, the form can be completed. */
    boolean claimed() {
        return browser.driver().findElements(By.xpath("//button[contains(@class,'claim') and normalize-space(.)='认领']"))
                .stream().noneMatch(WebElement::isDisplayed);
    }

    /** The whole text of the form's text block that contains the given words, e.g. 填报进度 or 草稿已保存. */
    String formText(String containing) {
        return browser.visible("表单文字 " + containing, By.xpath("//div[contains(@class,'fjs-form-field-text')][contains(.,"
                + Browser.xpathLiteral(containing) + ")]")).getText();
    }

    /** Clicks the 「尚未填完」 link of an entry, e.g. 附件1 第6项. */
    void followMissingLink(String entry) {
        browser.click(browser.visible("尚未填完：" + entry, By.xpath("//div[contains(@class,'fjs-form-field-text')]"
                + "//a[starts-with(@href,'#fill-') and normalize-space(.)=" + Browser.xpathLiteral(entry) + "]")));
    }

    String focusedFieldId() {
        return browser.driver().switchTo().activeElement().getDomAttribute("id");
    }

    /** The editable field of a form component, e.g. ("Field_ItemWorkDone", 3) or ("Field_Summary", -1). */
    WebElement field(String componentId, int row) {
        String id = row < 0 ? componentId : componentId + "_" + row;
        return browser.visible("表单字段 " + id, By.cssSelector("[id$='-" + id + "']:is(input,textarea)"));
    }

    /** How many rows a dynamic list shows, counted by one of its components. */
    int rows(String componentId) {
        return browser.driver().findElements(By.cssSelector("[id*='-" + componentId + "_']:is(input,textarea)")).size();
    }

    /** Picks an option of a form-js select (a drop-down list, not a native select) by its label. */
    void choose(String componentId, int row, String option) {
        String id = componentId + "_" + row;
        WebElement display = browser.visible("下拉框 " + id, By.cssSelector("[id$='-" + id + "-display']"));
        browser.click(display);
        browser.click(browser.visible("选项 " + option, By.xpath("//div[contains(@class,'fjs-dropdownlist')]"
                + "/div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)=" + Browser.xpathLiteral(option) + "]")));
        browser.await(id + " 已选 " + option, d -> option.equals(display.getText().trim()));
    }

    /** Picks a radio option of a form-js radio group by its label. */
    void radio(String option) {
        WebElement input = browser.visible("单选项 " + option, By.xpath("//div[contains(@class,'fjs-form-field-radio')]"
                + "//label[normalize-space(.)=" + Browser.xpathLiteral(option) + "]/input[@type='radio']"));
        browser.click(input);
        browser.await("已选 " + option, d -> input.isSelected());
    }

    /**
     * Ticks an option of a form-js checklist by its label, e.g. ("Field_CommendedUnits", "大营镇"), unless the form
     * proposed it already.
     */
    void check(String componentId, String option) {
        WebElement box = browser.visible("多选项 " + option, By.xpath("//label[normalize-space(.)="
                + Browser.xpathLiteral(option) + "]/input[@type='checkbox' and contains(@id,'-" + componentId + "-')]"));
        if (!box.isSelected()) {
            browser.click(box);
        }
        browser.await("已勾选 " + option, d -> box.isSelected());
    }

    /** Adds a line at the end of a text area's text, as a person would after reading it. */
    void appendText(WebElement area, String line) {
        browser.click(area);
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, line);
    }

    /** The value a read-only field of a form shows. */
    String value(String componentId, int row) {
        return field(componentId, row).getDomProperty("value");
    }

    /**
     * Types words into 筛选任务 and presses Enter (Tasklist then looks for them in the tasks' names, 名称 模糊匹配);
     * returns the titles listed once every one of them contains the words.
     */
    List<String> search(String words) {
        WebElement input = browser.visible("筛选任务", By.xpath("//input[@placeholder='筛选任务']"));
        browser.click(input);
        input.sendKeys(words, Keys.ENTER);
        By titles = By.cssSelector("li.task h4 a");
        browser.await("只列出含“" + words + "”的任务", d -> {
            List<String> listed = d.findElements(titles).stream().map(WebElement::getText).toList();
            return !listed.isEmpty() && listed.stream().allMatch(title -> title.contains(words));
        });
        return browser.driver().findElements(titles).stream().map(WebElement::getText).toList();
    }

    /** Opens one of the open task's tabs: 表单, 历史, 流程图 or 描述. */
    void tab(String name) {
        browser.click(browser.visible("选项卡 " + name, By.xpath("//ul[contains(@class,'nav-tabs')]/li/a[normalize-space(.)="
                + Browser.xpathLiteral(name) + "]")));
    }

    /** The comments in the open task's 历史 tab, newest first: the steps of its record, one line each. */
    List<String> history() {
        tab("历史");
        By comment = By.cssSelector("div[nl2br]");
        browser.visible("历史记录", comment);
        return browser.driver().findElements(comment).stream().map(WebElement::getText).toList();
    }

    /** The header's 通知 link with its unread count, e.g. 「通知2」. */
    String noticeBadge() {
        return browser.visible("通知", By.cssSelector("li.eco-notice-badge a")).getText().replaceAll("\\s+", " ").trim();
    }

    private static By taskInList(String title) {
        return By.xpath("//li[contains(@class,'task')]//h4//a[contains(normalize-space(.)," + Browser.xpathLiteral(title) + ")]");
    }
}
