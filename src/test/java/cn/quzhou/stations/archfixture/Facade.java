package cn.quzhou.stations.archfixture;

import org.springframework.stereotype.Service;

/**
 * The API facade of a pretend module, for {@code ArchitectureRulesTests}: a method without {@code @PreAuthorize} that a
 * controller must not call. Abstract, so that component scanning never makes it a bean.
 */
@Service
public abstract class Facade {

    public String unguarded() {
        return "a record nobody checked the permission for";
    }
}
