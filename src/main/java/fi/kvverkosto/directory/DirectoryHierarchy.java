package fi.kvverkosto.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The area and market hierarchies, to expand a service's own classification into everything it covers: a service for
 * Keski-Suomi serves each of its 22 municipalities, a service for Germany counts under the EU, and one for the EU under
 * each EU country. Also the meaning of a missing classification: no industry is every industry, no market every market.
 *
 * @param areas every area by URI
 * @param marketParents each market's local code with the code of the region it lies in (null for a region)
 * @param industries the local codes of all industries
 */
record DirectoryHierarchy(Map<String, AreaNode> areas, Map<String, String> marketParents, List<String> industries) {

    /** An area in the hierarchy. */
    record AreaNode(String uri, String code, AreaType type, String parentUri) {}

    /** The hierarchy each session has read, until it writes an area or a term ({@link Forgetting}) or is gone. */
    private static final Map<SharedSessionContractImplementor, DirectoryHierarchy> READ =
            Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The hierarchy as the session that is indexing sees it, so that areas and terms written in the same transaction
     * (a catalogue import) are already seen. Read once per session, not once per document: an import or a refresh
     * builds hundreds of documents in one session, and the session's own writes of areas or terms make it read again.
     */
    static DirectoryHierarchy of(Session session) {
        var key = session.unwrap(SharedSessionContractImplementor.class);
        var read = READ.get(key);
        if (read == null) {
            read = load(session);
            READ.put(key, read);
        }
        return read;
    }

    /**
     * Reads the hierarchy through a session. Never flushes: it runs while documents are being built.
     */
    static DirectoryHierarchy load(Session session) {
        Map<String, AreaNode> areas = new HashMap<>();
        session.createSelectionQuery("select a.uri, a.code, a.type, a.parentUri from Area a", Object[].class)
                .setHibernateFlushMode(FlushMode.MANUAL)
                .getResultList()
                .forEach(row -> areas.put(
                        (String) row[0],
                        new AreaNode((String) row[0], (String) row[1], (AreaType) row[2], (String) row[3])));
        Map<String, String> marketParents = new HashMap<>();
        List<String> industries = new ArrayList<>();
        session.createSelectionQuery(
                        "select t.code, p.code from TaxonomyTerm t left join t.parent p"
                                + " where t.taxonomy.key in ('market', 'industry') order by t.position",
                        Object[].class)
                .setHibernateFlushMode(FlushMode.MANUAL)
                .getResultList()
                .forEach(row -> {
                    String code = (String) row[0];
                    if (code.startsWith("market:")) {
                        marketParents.put(local(code), row[1] == null ? null : local((String) row[1]));
                    } else {
                        industries.add(local(code));
                    }
                });
        return new DirectoryHierarchy(areas, marketParents, industries);
    }

    /** The codes of the municipalities a service with these areas serves: each one lying in any of the areas. */
    Set<String> municipalitiesServed(Collection<String> areaUris) {
        Set<String> served = new LinkedHashSet<>();
        for (AreaNode area : areas.values()) {
            if (area.type() != AreaType.MUNICIPALITY) {
                continue;
            }
            for (AreaNode at = area; at != null; at = at.parentUri() == null ? null : areas.get(at.parentUri())) {
                if (areaUris.contains(at.uri())) {
                    served.add(area.code());
                    break;
                }
            }
        }
        return served;
    }

    /**
     * The markets a service with these market codes counts for: each market, the regions it lies in and the countries
     * that lie in it. None means every market.
     */
    Set<String> marketsServed(Collection<String> marketCodes) {
        if (marketCodes.isEmpty()) {
            return new LinkedHashSet<>(marketParents.keySet());
        }
        Set<String> served = new LinkedHashSet<>();
        for (String code : marketCodes) {
            for (String at = code; at != null; at = marketParents.get(at)) {
                served.add(at);
            }
            marketParents.forEach((child, parent) -> {
                if (isWithin(child, code)) {
                    served.add(child);
                }
            });
        }
        return served;
    }

    /** The industries a service with these industry codes is for; none means every industry. */
    Collection<String> industriesServed(Collection<String> industryCodes) {
        return industryCodes.isEmpty() ? industries : industryCodes;
    }

    private boolean isWithin(String market, String region) {
        for (String at = marketParents.get(market); at != null; at = marketParents.get(at)) {
            if (at.equals(region)) {
                return true;
            }
        }
        return false;
    }

    private static String local(String code) {
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(colon + 1);
    }

    /**
     * Makes a session read the hierarchy again after it has written an area or a term: registered with Hibernate ORM
     * for every insert, update and delete as it happens, before the documents of the same flush are built.
     */
    static final class Forgetting implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

        @Override
        public void onPostInsert(PostInsertEvent event) {
            forget(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            forget(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            forget(event.getEntity(), event.getSession());
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }

        private static void forget(Object entity, SharedSessionContractImplementor session) {
            if (entity != null && ReferenceDataIndexing.expandsDocuments(entity.getClass())) {
                READ.remove(session);
            }
        }
    }
}
