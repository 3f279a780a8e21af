@NullMarked
package org.cellbook.electrodes.ui;

import org.jspecify.annotations.NullMarked;
