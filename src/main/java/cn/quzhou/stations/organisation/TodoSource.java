package cn.quzhou.stations.organisation;

import java.util.List;

/**
 * Each module that hands work to someone contributes that person's to-dos through this interface;
 * the home page lists what all sources return for the signed-in user.
 */
public interface TodoSource {

    List<TodoItem> todosFor(PlatformUser user);
}
