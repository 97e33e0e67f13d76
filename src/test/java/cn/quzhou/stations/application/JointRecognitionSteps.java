package cn.quzhou.stations.application;

import cn.quzhou.stations.application.recognition.ConfirmRecognitionCommand;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.World;

/** 联合发文认定 in two steps, as the offices do it: the city CAST prepares, the city talent office confirms. */
public final class JointRecognitionSteps {

    private JointRecognitionSteps() {
    }

    /** Prepares and confirms the joint document of {@code notice}; the issued document's id. */
    public static long recognise(World world, Recognitions recognitions, long notice, RecogniseCommand command) {
        ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> recognitions.prepare(notice, command));
        return ApplicationFixtures.as(world.user(Role.CITY_TALENT),
                () -> recognitions.confirm(notice, new ConfirmRecognitionCommand(null)));
    }
}
