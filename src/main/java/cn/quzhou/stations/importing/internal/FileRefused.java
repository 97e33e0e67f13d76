package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.shared.BusinessRuleException;

/** The file as a whole cannot be imported (not a workbook, another kind's template, merged cells, too large…). */
public class FileRefused extends BusinessRuleException {

    public FileRefused(String messageKey, Object... args) {
        super("file", messageKey, args);
    }
}
