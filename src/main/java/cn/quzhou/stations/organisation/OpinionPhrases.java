package cn.quzhou.stations.organisation;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 常用意见: each account's own opinion phrases, offered by the opinion boxes of the review forms. Nobody sees or
 * deletes another's; saving and deleting are audited. At most {@link #MAX} per account, so the pick list stays short.
 */
@Service("opinionPhrases")
@Transactional(readOnly = true)
public class OpinionPhrases {

    static final int MAX = 50;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    OpinionPhrases(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in user's phrases in the order saved; none for a visitor (the pick list is then not shown). */
    public List<OpinionPhraseView> mine() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PlatformUser me)) {
            return List.of();
        }
        return jdbc.sql("select id, text from opinion_phrase where account_id = ? order by id").param(me.accountId())
                .query((rs, n) -> new OpinionPhraseView(rs.getLong(1), rs.getString(2))).list();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long save(String text) {
        long account = PlatformUser.current().accountId();
        String phrase = text == null ? "" : text.strip();
        if (phrase.isEmpty()) {
            throw new BusinessRuleException("text", "phrase.error.empty");
        }
        if (jdbc.sql("select count(*) from opinion_phrase where account_id = ?").param(account).query(Integer.class)
                .single() >= MAX) {
            throw new BusinessRuleException("text", "phrase.error.tooMany", MAX);
        }
        Long id = jdbc.sql("""
                insert into opinion_phrase (account_id, text, created_at) values (?, ?, ?)
                on conflict (account_id, text) do nothing returning id""")
                .params(account, phrase, Timestamp.from(clock.instant())).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new BusinessRuleException("text", "phrase.error.duplicate");
        }
        audit.record(AuditRecord.success("phrase.create", "opinion_phrase", id, phrase));
        return id;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void delete(long id) {
        String text = jdbc.sql("delete from opinion_phrase where id = ? and account_id = ? returning text")
                .params(id, PlatformUser.current().accountId()).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("opinion phrase", id));
        audit.record(AuditRecord.success("phrase.delete", "opinion_phrase", id, text));
    }
}
