package cn.quzhou.stations.organisation;

import static cn.quzhou.stations.testsupport.AccessMatrix.ALL_ROLES;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static cn.quzhou.stations.testsupport.AccessMatrix.next;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 常用意见: every account keeps its own; another's phrase cannot be deleted by anybody (404). */
class OpinionPhraseAccessEntries implements AccessMatrix.Contribution {

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        long owner = w.freshAccount("phrase-owner", null, null).getId();
        long foreign = context.getBean(JdbcClient.class)
                .sql("insert into opinion_phrase (account_id, text, created_at) values (?, ?, now()) returning id")
                .params(owner, "矩阵他人意见" + next()).query(Long.class).single();

        m.put("GET /account/phrases", page(ALL_ROLES, () -> get("/account/phrases")));
        m.put("POST /account/phrases", action(ALL_ROLES, () -> post("/account/phrases").param("text", "矩阵意见" + next())));
        m.put("POST /account/phrases/{id}/delete", action(EnumSet.noneOf(Role.class),
                () -> post("/account/phrases/{id}/delete", foreign)));
    }
}
