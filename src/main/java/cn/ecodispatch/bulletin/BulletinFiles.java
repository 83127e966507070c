package cn.ecodispatch.bulletin;

import java.util.StringJoiner;

/** What the bulletin's downloads share: the title as printed, and a unit's row of the ranking table. */
final class BulletinFiles {

    static final String[] HEADERS = {"排名", "单位", "得分", "报送情况", "退回次数", "整改（下发/销号/逾期）", "提示函",
        "问责", "会商决定"};

    static final String[] KEY_TASK_HEADERS = {"序号", "重点任务", "牵头单位", "进展", "参与单位报送", "存在问题"};
    static final String[] INDICATOR_HEADERS = {"指标", "目标", "已达标", "在轨", "滞后于进度", "未达标", "无法评判",
        "滞后或未达标的单位"};

    private BulletinFiles() {
    }

    /** The title; a draft is marked as such, so that a downloaded draft is never taken for the bulletin. */
    static String title(Bulletin bulletin) {
        return bulletin.isPublished() ? bulletin.getTitle() : bulletin.getTitle() + "（征求意见稿）";
    }

    static String fileName(Bulletin bulletin, String extension) {
        return title(bulletin) + "." + extension;
    }

    static String[] row(UnitFigures f) {
        return new String[] {String.valueOf(f.getRank()), f.getUnitName(), String.valueOf(f.getScore()),
            f.getTimeliness().label() + (f.getDaysLate() > 0 ? "（逾期" + f.getDaysLate() + "天）" : ""),
            String.valueOf(f.getReturnCount()),
            f.getRectificationsOpened() + "/" + f.getRectificationsClosed() + "/" + f.getRectificationsOverdue(),
            String.valueOf(f.getReminderLetters()), String.valueOf(f.getAccountabilityDecisions()), mention(f)};
    }

    static String[] row(KeyTaskFigures t) {
        return new String[] {String.valueOf(t.getNumber()), t.getTitle(), t.getLeadUnits(), t.getProgressLabel(),
            t.getParticipantsReported() + "/" + t.getParticipants(), t.getProblems()};
    }

    static String[] row(IndicatorFigures i) {
        return new String[] {i.getName(), i.getTarget(), String.valueOf(i.getMet()), String.valueOf(i.getOnCourse()),
            String.valueOf(i.getBehind()), String.valueOf(i.getMissed()), String.valueOf(i.getNotJudged()),
            i.getOffTrackUnits()};
    }

    private static String mention(UnitFigures f) {
        StringJoiner mentions = new StringJoiner("、");
        if (f.isCommended()) {
            mentions.add("通报表扬");
        }
        if (f.isCriticized()) {
            mentions.add("通报批评");
        }
        if (f.isInspected()) {
            mentions.add("现场检查");
        }
        return mentions.toString();
    }
}
