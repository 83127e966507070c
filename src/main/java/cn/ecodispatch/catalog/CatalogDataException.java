package cn.ecodispatch.catalog;

/** A plan data file that cannot be loaded as it stands; the message says which file and entry. */
public class CatalogDataException extends RuntimeException {

    public CatalogDataException(String message) {
        super(message);
    }

    public CatalogDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
