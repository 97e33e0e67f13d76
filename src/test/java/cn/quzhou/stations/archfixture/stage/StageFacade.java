package cn.quzhou.stations.archfixture.stage;

import org.springframework.stereotype.Service;

/**
 * The facade of a stage of a pretend module (as {@code application.panel}), for {@code ArchitectureRulesTests}: a
 * method without {@code @PreAuthorize} that a controller must not call. Abstract, so that component scanning never
 * makes it a bean.
 */
@Service
public abstract class StageFacade {

    public String unguarded() {
        return "a record nobody checked the permission for";
    }
}
