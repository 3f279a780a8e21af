@NullMarked
package org.cellbook.lineage.ui;

import org.jspecify.annotations.NullMarked;
