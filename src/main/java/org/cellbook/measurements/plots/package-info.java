@NullMarked
package org.cellbook.measurements.plots;

import org.jspecify.annotations.NullMarked;
