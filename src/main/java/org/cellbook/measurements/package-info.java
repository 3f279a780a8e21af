@NullMarked
package org.cellbook.measurements;

import org.jspecify.annotations.NullMarked;
