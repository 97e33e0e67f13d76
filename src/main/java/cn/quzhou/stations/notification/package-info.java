/**
 * 消息通知 — in-app messages to accounts (the inbox and the unread badge), sent by e-mail as well
 * when an SMTP server is configured. Other modules call {@link cn.quzhou.stations.notification.Notifications#notify}
 * when they hand work over to someone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息通知",
        allowedDependencies = {"audit", "organisation", "shared"})
package cn.quzhou.stations.notification;
