package cn.ecodispatch.notification;

/** What a notice says: a title, a body readable without the title, and where to act (a path of this site). */
record NoticeText(String title, String body, String link) {
}
