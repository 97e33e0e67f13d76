package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.PublicNotices;
import cn.quzhou.stations.application.PublicNoticeView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The running notices as JSON, for everybody (no token): the same content as the public page. */
@RestController
class PublicNoticeJsonController {

    private final PublicNotices notices;

    PublicNoticeJsonController(PublicNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/public/api/notices")
    List<PublicNoticeView> running() {
        return notices.running();
    }
}
