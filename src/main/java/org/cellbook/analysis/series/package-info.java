@NullMarked
package org.cellbook.analysis.series;

import org.jspecify.annotations.NullMarked;
