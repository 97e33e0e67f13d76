package cn.quzhou.stations.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message to one account: a message key and its arguments, never rendered text. */
@Entity
@Table(name = "notification_message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long recipientAccountId;
    private String subjectKey;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> args = new ArrayList<>();
    private String link;
    private Instant createdAt;
    private Instant readAt;
    private String emailStatus;

    protected Message() {
    }

    public Message(long recipientAccountId, String subjectKey, List<String> args, String link, Instant createdAt) {
        this.recipientAccountId = recipientAccountId;
        this.subjectKey = subjectKey;
        this.args = new ArrayList<>(args);
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public long getRecipientAccountId() { return recipientAccountId; }
    public String getSubjectKey() { return subjectKey; }
    public List<String> getArgs() { return args == null ? List.of() : List.copyOf(args); }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public String getEmailStatus() { return emailStatus; }
}
