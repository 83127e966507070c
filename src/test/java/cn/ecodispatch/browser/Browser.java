package cn.ecodispatch.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian Chromium, headless, driven through the Debian chromedriver: Chinese first (as the district's staff
 * browse), Beijing time, downloads into a directory of the test's own. Every wait is explicit (WebDriverWait on
 * what a person would see); when one runs out, the page is saved as a screenshot and its text is in the message.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** -Deco.browser.skip=true skips the browser test (Failsafe passes -D options of the mvn command line on). */
    static final String SKIP_PROPERTY = "eco.browser.skip";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final URI baseUri;
    private final Path screenshots;
    private final Path downloads;
    private int shotNumber;

    /**
     * Fails (or, with -Deco.browser.skip=true, skips) before anything starts when the browser packages are missing.
     * CI installs them (.ci/run); a skip must be asked for, so that a machine without them never passes silently.
     */
    static void requirePackages() {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY), "浏览器测试已按 -D" + SKIP_PROPERTY + "=true 跳过");
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (!missing.isEmpty()) {
            fail("浏览器测试需要 Debian 软件包 chromium 和 chromium-driver，缺少 " + missing
                    + "。.ci/run 会自动安装；本机请运行 apt-get install -y chromium chromium-driver fonts-wqy-zenhei，"
                    + "或以 -D" + SKIP_PROPERTY + "=true 跳过本测试。");
        }
    }

    Browser(URI baseUri, Path screenshots, Path downloads, Path profile) throws IOException {
        this.baseUri = baseUri;
        this.screenshots = screenshots;
        this.downloads = downloads;
        clearScreenshots();
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + profile, "--window-size=1440,1000",
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", "zh-CN,zh",
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                // Beijing time, and Chinese for the browser's own controls (e.g. a month field), as in the district.
                // (LANGUAGE only: LANG stays a UTF-8 locale the system has, or Chinese file names cannot be saved.)
                .withEnvironment(Map.of("TZ", "Asia/Shanghai", "LANGUAGE", "zh_CN:zh"))
                .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUri.resolve(path).toString());
    }

    /** Waits (explicitly, up to 30 s) for a condition; on timeout saves the page and names what was awaited. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return await(what, WAIT, condition);
    }

    <T> T await(String what, Duration timeout, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).ignoring(WebDriverException.class)
                    .until(condition::apply);
        } catch (TimeoutException e) {
            Path shot = screenshot("timeout");
            throw new AssertionError("等待“" + what + "”超时（" + timeout.toSeconds() + " 秒）。截图：" + shot
                    + "\n页面文字：\n" + visibleText(), e);
        }
    }

    WebElement visible(String what, By locator) {
        return await(what, ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until a text, as a person reads it, is visible on the page. */
    WebElement visibleText(String text) {
        return visible(text, byText(text));
    }

    static By byText(String text) {
        return By.xpath("//*[not(self::script) and not(self::style) and contains(normalize-space(text()), "
                + xpathLiteral(text) + ")]");
    }

    static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /**
     * Scrolls the (visible) element to the middle of its scrolling area, as Tasklist's footer covers the bottom of
     * the window, and clicks it.
     */
    void click(WebElement element) {
        centre(element);
        try {
            element.click();
        } catch (ElementClickInterceptedException halfUnderTheFooter) {
            // The last button of a long form (完成) may stay partly under Tasklist's footer however far the pane
            // scrolls: a person clicks the part that shows.
            new Actions(driver).moveToElement(element, 0, 3 - element.getSize().getHeight() / 2).click().perform();
        }
    }

    void centre(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Types into an empty field and waits until the page holds what was typed. */
    void type(WebElement field, String text) {
        centre(field);
        field.sendKeys(text);
        await("输入完成：" + text, d -> text.equals(field.getDomProperty("value")));
    }

    /**
     * Types key by key at a fast typist's pace (40 ms a key), without waiting for the page: what a person does who
     * moves on to the next field and keeps typing.
     */
    void typeQuickly(WebElement field, String text) {
        click(field);
        text.codePoints().forEach(key -> {
            field.sendKeys(Character.toString(key));
            pause(Duration.ofMillis(40));
        });
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An earlier run's screenshots would be taken for this run's. */
    private void clearScreenshots() throws IOException {
        Files.createDirectories(screenshots);
        try (Stream<Path> files = Files.list(screenshots)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Saves a numbered screenshot into the test's screenshot directory and returns its path. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shotNumber, name));
        try {
            Path taken = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | WebDriverException e) {
            return Path.of("（截图失败：" + e.getMessage() + "）");
        }
        return file;
    }

    /** Waits until Chromium has finished downloading a file with the extension into the download directory. */
    Path awaitDownload(String extension) {
        try {
            return await("下载完成 ." + extension, Duration.ofSeconds(30), d -> downloaded().stream()
                    .filter(f -> f.getFileName().toString().endsWith("." + extension)).findFirst().orElse(null));
        } catch (AssertionError e) {
            throw new AssertionError("下载目录中只有 " + downloaded() + "。" + e.getMessage(), e);
        }
    }

    private List<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String visibleText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (WebDriverException e) {
            return "（无法读取：" + e.getMessage() + "）";
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
