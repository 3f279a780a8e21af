@NullMarked
package org.cellbook.measurements.ui;

import org.jspecify.annotations.NullMarked;
