package cn.ecodispatch.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the web apps' list queries that ask for no page size the engine's result limit as their page size. The
 * engine refuses an unbounded list to a signed-in user (query-max-results-limit), and Cockpit asks for some lists
 * without one (a definition's versions, the groups of its task dashboard), which then failed with 400. The apps
 * cannot be changed; other clients of /engine-rest still have to page.
 */
class WebappQueryPaging extends OncePerRequestFilter {

    private static final String MAX_RESULTS = "maxResults";
    /** A collection of the engine's REST API: {@code decision-definition}, {@code group}, {@code history/task}. */
    private static final Pattern LIST = Pattern.compile(
            "^/camunda/api/engine/engine/[^/]+/(?:history/)?[a-z-]+/?$");

    private final int pageSize;

    WebappQueryPaging(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean unboundList = (request.getMethod().equals("GET") || request.getMethod().equals("POST"))
                && request.getParameter(MAX_RESULTS) == null && LIST.matcher(path(request)).matches();
        chain.doFilter(unboundList ? new Paged(request, Integer.toString(pageSize)) : request, response);
    }

    private static String path(HttpServletRequest request) {
        return (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                .replaceAll("/{2,}", "/");
    }

    /** The request with {@code maxResults} added, in its query string (which the REST resources read) as well. */
    private static final class Paged extends HttpServletRequestWrapper {

        private final String maxResults;
        private final Map<String, String[]> parameters;

        Paged(HttpServletRequest request, String maxResults) {
            super(request);
            this.maxResults = maxResults;
            Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
            all.put(MAX_RESULTS, new String[] {maxResults});
            this.parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            return (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + maxResults;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
