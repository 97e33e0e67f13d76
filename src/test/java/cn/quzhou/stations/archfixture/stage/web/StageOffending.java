package cn.quzhou.stations.archfixture.stage.web;

import cn.quzhou.stations.archfixture.stage.StageFacade;
import cn.quzhou.stations.archfixture.stage.internal.StageHidden;
import org.springframework.stereotype.Controller;

/**
 * A deliberate violation of the package rules of {@code ArchitectureRulesTests} inside a stage of a module: a web class
 * of the stage that reaches into the stage's persistence and calls the stage's facade without a permission. Abstract,
 * so that component scanning never makes it a controller of the running platform.
 */
@Controller
public abstract class StageOffending {

    StageHidden hidden = new StageHidden();

    StageFacade facade;

    String page() {
        return facade.unguarded();
    }
}
