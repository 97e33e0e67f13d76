package cn.quzhou.stations.application.notice.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 公示: a batch of proposed stations shown to the public from {@code startDate} through {@code endDate} (inclusive). */
@Entity
@Table(name = "public_notice")
public class PublicNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String number;
    private LocalDate startDate;
    private LocalDate endDate;
    private String openedBy;
    private Instant openedAt;
    /** What the lists' keyword matches (trigram-indexed): the title, the number and the stations' names. */
    private String searchText;
    @Version
    private int version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "public_notice_item", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<NoticeItem> items = new ArrayList<>();

    protected PublicNotice() {
    }

    public PublicNotice(String title, String number, LocalDate startDate, LocalDate endDate, List<NoticeItem> items,
                        String openedBy, Instant openedAt) {
        this.title = title;
        this.number = number;
        this.startDate = startDate;
        this.endDate = endDate;
        this.items = new ArrayList<>(items);
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        StringBuilder text = new StringBuilder(title).append(' ').append(number == null ? "" : number);
        for (NoticeItem i : items) {
            text.append(' ').append(nonNull(i.getStationName())).append(' ').append(nonNull(i.getUnitName()))
                    .append(' ').append(nonNull(i.getSocietyName()));
        }
        this.searchText = text.toString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Open for objections on {@code today}: from the start date through the end date. */
    public boolean openOn(LocalDate today) {
        return !today.isBefore(startDate) && !today.isAfter(endDate);
    }

    public boolean lists(long applicationId) {
        return items.stream().anyMatch(i -> i.getApplicationId() == applicationId);
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getNumber() { return number; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public int getVersion() { return version; }
    public List<NoticeItem> getItems() { return List.copyOf(items); }
}
