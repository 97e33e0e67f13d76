package cn.quzhou.stations.importing;

import cn.quzhou.stations.shared.ImportOrigin;
import java.util.List;

/**
 * One register that can be imported. The framework reads the file, checks every cell against its
 * {@link ImportColumn column} and then asks the kind's {@link Session} for the rules that need the registers
 * (duplicates, references); the commit hands each row to the session, which calls the owning module's facade.
 * A kind is a Spring bean; another module adds one by implementing this interface.
 */
public interface ImportKind {

    /** Stable code, in addresses and in the template's marker ("host-units"). */
    String code();

    /** Bundle key of the register's name (用于页面与模板). */
    String titleKey();

    /** The permission of the owning facade's create method: who may import this kind. */
    String permission();

    List<ImportColumn> columns();

    /** A view of the registers for one preview or one commit (dictionaries and existing keys loaded once). */
    Session open();

    interface Session {

        /** The allowed values of a {@link ColumnType#CHOICE} or {@link ColumnType#CHOICES} column, in order. */
        List<String> allowed(String columnKey);

        /** The rules that need the whole file or the registers; called with the rows that passed the cell checks. */
        void check(List<ImportRow> rows, RowProblems problems);

        /**
         * Creates the row's record through the owning facade (inside the import's one transaction); {@code origin}
         * names the file, the row, who and when, for the records that keep it (imported history).
         */
        void commit(ImportRow row, ImportOrigin origin);
    }
}
