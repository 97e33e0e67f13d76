package cn.quzhou.stations.importing.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** How large an import file may be and how many data rows it may hold (configuration, see application.yml). */
@Component
public class ImportLimits {

    private final long maxBytes;
    private final int maxRows;

    ImportLimits(@Value("${platform.import.max-size:20MB}") DataSize maxSize,
                 @Value("${platform.import.max-rows:20000}") int maxRows) {
        this.maxBytes = maxSize.toBytes();
        this.maxRows = maxRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }
}
