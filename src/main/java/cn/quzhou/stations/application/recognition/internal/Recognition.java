package cn.quzhou.stations.application.recognition.internal;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 认定文件: the joint document of 市委人才办 and 市科协 recognising the stations of one notice. Never changed. */
@Entity
@Table(name = "recognition")
public class Recognition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long noticeId;
    private int year;
    private int seq;
    private String number;
    private String title;
    private LocalDate issuedOn;
    private String issuedBy;
    private Instant issuedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recognition_station", joinColumns = @JoinColumn(name = "recognition_id"))
    @OrderColumn(name = "position")
    private List<RecognisedStation> stations = new ArrayList<>();

    protected Recognition() {
    }

    public Recognition(long noticeId, int year, int seq, String number, String title, LocalDate issuedOn,
                       List<RecognisedStation> stations, String issuedBy, Instant issuedAt) {
        this.noticeId = noticeId;
        this.year = year;
        this.seq = seq;
        this.number = number;
        this.title = title;
        this.issuedOn = issuedOn;
        this.stations = new ArrayList<>(stations);
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public Long getId() { return id; }
    public long getNoticeId() { return noticeId; }
    public int getYear() { return year; }
    public int getSeq() { return seq; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
    public List<RecognisedStation> getStations() { return List.copyOf(stations); }
}
