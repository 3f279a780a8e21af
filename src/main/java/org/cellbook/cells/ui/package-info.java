@NullMarked
package org.cellbook.cells.ui;

import org.jspecify.annotations.NullMarked;
