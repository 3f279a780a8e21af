@NullMarked
package org.cellbook.electrodes;

import org.jspecify.annotations.NullMarked;
