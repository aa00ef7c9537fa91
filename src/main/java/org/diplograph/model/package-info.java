/**
 * Plain records and enums passed between the stages of the pipeline: {@link org.diplograph.model.Article}
 * in, {@link org.diplograph.model.ArticleExtraction} out. No Jena, no I/O.
 */
package org.diplograph.model;
