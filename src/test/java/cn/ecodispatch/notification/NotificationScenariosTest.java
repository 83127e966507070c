package cn.ecodispatch.notification;

import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SIGN_OFF;
import static cn.ecodispatch.report.UnitMonthlyReportProcess.Elements.TASK_SUBMIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import cn.ecodispatch.EcoDispatchTest;
import cn.ecodispatch.MonthScenario;
import cn.ecodispatch.cycle.DispatchCycle;

/**
 * People are told — in the notice list and by e-mail — when a task arrives, comes back returned or is due tomorrow,
 * and when a reminder letter or a rectification notice goes to their unit. The mail server is GreenMail, in this JVM,
 * where the test profile points spring.mail.
 */
@EcoDispatchTest
class NotificationScenariosTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(true);

    @Autowired
    MonthScenario month;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    NoticeRepository notices;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    DueTomorrowCheck dueTomorrow;

    private Inbox inboxOf(String user) {
        Inbox inbox = new Inbox(rest, notices, delivery, user);
        inbox.readAll();
        return inbox;
    }

    private static List<String> titles(List<JsonNode> notices) {
        return notices.stream().map(n -> n.get("title").asText()).toList();
    }

    private List<MimeMessage> mailsTo(String address, String about) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().equals(address))
                    && mail.getSubject().contains(about)) {
                found.add(mail);
            }
        }
        return found;
    }

    @Test
    void the_office_returns_the_report_and_the_units_staff_read_why_in_the_app_and_in_their_mail() throws Exception {
        month.clockAt("2043-01-02T09:00");
        DispatchCycle cycle = month.startMonth("2043-01");
        Inbox reporter = inboxOf("daying-reporter");
        Inbox leader = inboxOf("daying-leader");

        month.reviewed(cycle, "daying", "office1", MonthScenario.returned("台账缺少秸秆综合利用佐证材料"));

        Task returned = month.taskOf(month.reportInstance(cycle, "daying"), TASK_SUBMIT);
        List<JsonNode> seen = reporter.about("2043年1月");
        assertThat(titles(seen)).as("最新的在前：退回通知，和开启月度调度时的新任务通知（已读）")
                .containsExactly("「填报月度工作总结和台账｜大营镇 · 2043年1月」被退回", "新任务：填报月度工作总结和台账｜大营镇 · 2043年1月");
        JsonNode notice = seen.get(0);
        assertThat(notice.get("kindLabel").asText()).isEqualTo("退回");
        assertThat(notice.get("body").asText())
                .isEqualTo("区创建办 审核员一在「创建办审核」中退回，退回原因：台账缺少秸秆综合利用佐证材料。请修改后于2043年1月5日前重新办理。");
        assertThat(notice.get("link").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + returned.getId());
        assertThat(notice.get("readAt").isNull()).isTrue();
        assertThat(reporter.unread()).isEqualTo(1);
        assertThat(titles(leader.about("2043年1月"))).as("负责人也在本单位组内，同样收到退回通知，而非又一个“新任务”")
                .containsExactly("「填报月度工作总结和台账｜大营镇 · 2043年1月」被退回", "新任务：单位负责人签发｜大营镇 · 2043年1月",
                        "新任务：填报月度工作总结和台账｜大营镇 · 2043年1月");

        reporter.deliver("2043年1月");

        List<MimeMessage> mails = mailsTo("daying-reporter@ecodispatch.example", "2043年1月」被退回");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject())
                .isEqualTo("【生态文明示范区创建】「填报月度工作总结和台账｜大营镇 · 2043年1月」被退回");
        assertThat((String) mails.get(0).getContent()).contains("退回原因：台账缺少秸秆综合利用佐证材料")
                .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + returned.getId());
        assertThat(reporter.stored("2043年1月")).extracting(Notice::getMailState)
                .containsExactly(Notice.MailState.SENT, Notice.MailState.SENT);
    }

    @Test
    void a_report_arriving_tells_whoever_it_is_offered_to_but_not_whoever_sent_it() {
        month.clockAt("2043-02-02T09:00");
        DispatchCycle cycle = month.startMonth("2043-02");
        Inbox reporter = new Inbox(rest, notices, delivery, "zhangbian-reporter");
        Inbox office2 = inboxOf("office2");
        ProcessInstance instance = month.reportInstance(cycle, "zhangbian");

        assertThat(reporter.about("2043年2月")).singleElement().satisfies(notice -> {
            assertThat(notice.get("title").asText()).isEqualTo("新任务：填报月度工作总结和台账｜张汴乡 · 2043年2月");
            assertThat(notice.get("body").asText())
                    .isEqualTo("您有一项新任务「填报月度工作总结和台账｜张汴乡 · 2043年2月」，请于2043年2月5日前在任务中心（Tasklist）办理。");
        });

        Task submit = month.taskOf(instance, TASK_SUBMIT);
        month.complete("zhangbian-reporter", submit, month.filledReport(submit, "DRAFT"));
        Task reopened = month.taskOf(instance, TASK_SUBMIT);
        month.complete("zhangbian-reporter", reopened, month.filledReport(reopened, "SUBMIT"));
        month.complete("zhangbian-leader", month.taskOf(instance, TASK_SIGN_OFF), Map.of("signOffDecision", "SIGNED"));

        assertThat(titles(reporter.about("2043年2月"))).as("保存草稿后任务回到本人，不再通知本人")
                .containsExactly("新任务：填报月度工作总结和台账｜张汴乡 · 2043年2月");
        assertThat(titles(new Inbox(rest, notices, delivery, "zhangbian-leader").about("2043年2月")))
                .as("签发只交给本单位负责人组").contains("新任务：单位负责人签发｜张汴乡 · 2043年2月");
        assertThat(titles(new Inbox(rest, notices, delivery, "zhangbian-reporter").about("2043年2月")))
                .doesNotContain("新任务：单位负责人签发｜张汴乡 · 2043年2月");
        assertThat(office2.about("2043年2月")).as("审核交给创建办组的每一位").singleElement().satisfies(notice -> {
            assertThat(notice.get("title").asText()).isEqualTo("新任务：创建办审核｜张汴乡 · 2043年2月");
            assertThat(notice.get("body").asText())
                    .isEqualTo("您有一项新任务「创建办审核｜张汴乡 · 2043年2月」，请于2043年2月5日 09:00前在任务中心（Tasklist）办理。");
        });
        assertThat(titles(new Inbox(rest, notices, delivery, "director").about("2043年2月")))
                .containsExactly("新任务：创建办审核｜张汴乡 · 2043年2月");
    }

    @Test
    void a_late_report_brings_the_unit_and_the_office_the_reminder_letter_and_a_text_where_a_phone_is_known() {
        month.clockAt("2043-03-02T09:00");
        DispatchCycle cycle = month.startMonth("2043-03");
        month.identityService.setUserInfo("yuandian-leader", Contacts.PHONE, "13800000000");
        try {
            Inbox reporter = inboxOf("yuandian-reporter");
            Inbox leader = inboxOf("yuandian-leader");
            Inbox office1 = inboxOf("office1");

            month.clockAt("2043-03-06T09:00");
            month.runDueJobs();

            List<JsonNode> letters = reporter.about("原店镇：你单位2043年3月");
            assertThat(letters).singleElement().satisfies(notice -> {
                assertThat(notice.get("kindLabel").asText()).isEqualTo("提示函");
                assertThat(notice.get("title").asText()).matches("提示函 .+〔2043〕\\d+号（原店镇）");
                assertThat(notice.get("body").asText()).contains("2043年3月").contains("尚未报送");
                assertThat(notice.get("link").asText()).startsWith("/eco/report.html?reportId=");
            });
            assertThat(titles(office1.about("原店镇：你单位2043年3月"))).as("抄送区创建办")
                    .isEqualTo(titles(letters));

            leader.deliver("原店镇：你单位2043年3月");
            reporter.deliver("原店镇：你单位2043年3月");

            assertThat(leader.stored("原店镇：你单位2043年3月")).singleElement()
                    .satisfies(n -> assertThat(n.getSmsState()).isEqualTo(Notice.SmsState.SENT));
            assertThat(reporter.stored("原店镇：你单位2043年3月")).singleElement()
                    .satisfies(n -> assertThat(n.getSmsState()).isEqualTo(Notice.SmsState.NO_PHONE));
            assertThat(SMTP.getReceivedMessagesForDomain("ecodispatch.example")).extracting(MimeMessage::getSubject)
                    .filteredOn(s -> s.contains("原店镇")).hasSize(2);
        } finally {
            month.identityService.deleteUserInfo("yuandian-leader", Contacts.PHONE);
        }
    }

    @Test
    void problems_found_bring_the_unit_the_rectification_notice_with_requirement_and_deadline() {
        month.clockAt("2043-04-02T09:00");
        DispatchCycle cycle = month.startMonth("2043-04");
        Inbox reporter = inboxOf("caiyuan-reporter");
        Inbox office2 = inboxOf("office2");

        month.reviewed(cycle, "caiyuan", "office1", MonthScenario.approvedWithProblems(List.of(MonthScenario.problem(
                "秸秆禁烧巡查记录不全", "补齐3月巡查台账", LocalDate.parse("2043-04-20")))));
        month.runDueJobs();

        assertThat(reporter.about("整改通知（菜园乡 · 2043年4月）")).singleElement().satisfies(notice -> {
            assertThat(notice.get("kindLabel").asText()).isEqualTo("整改通知");
            assertThat(notice.get("body").asText()).isEqualTo("区创建办向菜园乡下发整改通知。问题：秸秆禁烧巡查记录不全；"
                    + "整改要求：补齐3月巡查台账；整改期限：2043年4月20日。请在任务中心（Tasklist）「报告整改情况」中报告整改情况。");
            assertThat(notice.get("link").asText()).startsWith("/eco/rectification.html?rectificationId=");
        });
        assertThat(office2.about("整改通知（菜园乡 · 2043年4月）")).as("抄送区创建办").hasSize(1);
    }

    @Test
    void a_task_due_tomorrow_is_announced_once_however_often_the_check_runs() {
        month.clockAt("2043-05-02T09:00");
        month.startMonth("2043-05");
        Inbox reporter = inboxOf("xiashi-reporter");

        month.clockAt("2043-05-03T08:00");
        dueTomorrow.run();
        assertThat(reporter.about("明日到期")).as("5日截止的报送，3日还不算明日到期").isEmpty();

        month.clockAt("2043-05-04T08:00");
        dueTomorrow.run();
        dueTomorrow.run();
        month.clockAt("2043-05-05T08:00");
        dueTomorrow.run();

        assertThat(reporter.about("2043年5月")).filteredOn(n -> n.get("kindLabel").asText().equals("明日到期"))
                .singleElement().satisfies(notice -> {
                    assertThat(notice.get("title").asText()).isEqualTo("明日到期：填报月度工作总结和台账｜硖石乡 · 2043年5月");
                    assertThat(notice.get("body").asText()).isEqualTo(
                            "任务「填报月度工作总结和台账｜硖石乡 · 2043年5月」将于2043年5月5日到期，请抓紧办理。");
                });
    }

    @Test
    void a_mail_server_that_is_down_leaves_the_mail_to_be_sent_on_the_next_run() throws Exception {
        month.clockAt("2043-06-02T09:00");
        month.startMonth("2043-06");
        Inbox reporter = new Inbox(rest, notices, delivery, "dianzi-reporter");
        SMTP.stop();

        reporter.deliver("2043年6月");

        assertThat(reporter.stored("2043年6月")).singleElement().satisfies(notice -> {
            assertThat(notice.getMailState()).isEqualTo(Notice.MailState.PENDING);
            assertThat(notice.getDeliveryAttempts()).isEqualTo(1);
            assertThat(notice.getDeliveryError()).startsWith("邮件：");
        });

        SMTP.start();
        reporter.deliver("2043年6月");

        assertThat(reporter.stored("2043年6月")).singleElement()
                .satisfies(notice -> assertThat(notice.getMailState()).isEqualTo(Notice.MailState.SENT));
        assertThat(mailsTo("dianzi-reporter@ecodispatch.example", "2043年6月")).hasSize(1);
        reporter.deliver("2043年6月");
        assertThat(mailsTo("dianzi-reporter@ecodispatch.example", "2043年6月")).as("已发送的不再重发").hasSize(1);
    }

    @Test
    void nobody_reads_or_marks_another_persons_notice() {
        month.clockAt("2043-07-02T09:00");
        month.startMonth("2043-07");
        Inbox owner = new Inbox(rest, notices, delivery, "wangjiahou-reporter");
        Inbox other = new Inbox(rest, notices, delivery, "xilicun-reporter");
        long id = owner.about("2043年7月").get(0).get("id").asLong();

        assertThat(other.markRead(id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.markRead(id).getBody().get("detail").asText()).contains("通知不存在");
        assertThat(other.about("王家后乡")).as("他人的通知不在自己的列表中").isEmpty();
        assertThat(owner.about("2043年7月").get(0).get("readAt").isNull()).as("仍为未读").isTrue();
        assertThat(rest.postForEntity("/api/notices/" + id + "/read", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("office1", "demo").getForEntity("/api/notices?size=1000", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        HttpHeaders fromPageScript = new HttpHeaders();
        fromPageScript.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<String> lapsed = rest.exchange("/api/notices/unread-count", HttpMethod.GET,
                new HttpEntity<>(fromPageScript), String.class);
        assertThat(lapsed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(lapsed.getHeaders().get("WWW-Authenticate")).as("页面脚本得到 401，浏览器不弹出登录框").isNull();

        assertThat(owner.markRead(id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(owner.about("2043年7月").get(0).get("readAt").isNull()).isFalse();
    }
}
