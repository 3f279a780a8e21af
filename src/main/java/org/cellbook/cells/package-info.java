@NullMarked
package org.cellbook.cells;

import org.jspecify.annotations.NullMarked;
